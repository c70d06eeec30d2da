import { memo, type KeyboardEvent } from 'react';
import { CaseCell, type CaseCellContext } from './CaseCell';
import { caseListColumns } from './caseListColumns';
import type { CaseListRow } from './caseListRow';

interface CaseTableRowProps {
  row: CaseListRow;
  index: number;
  context: CaseCellContext;
  onOpen: (caseId: string) => void;
  onRowKeyDown: (index: number, caseId: string, event: KeyboardEvent<HTMLTableRowElement>) => void;
}

/** One case row; memoised so that scrolling draws only the rows that come into view. */
export const CaseTableRow = memo(function CaseTableRow({ row, index, context, onOpen, onRowKeyDown }: CaseTableRowProps) {
  return (
    <tr
      className="case-row"
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={0}
      data-reference={row.reference}
      onClick={() => onOpen(row.id)}
      onKeyDown={(event) => onRowKeyDown(index, row.id, event)}
    >
      {caseListColumns.map((column) => (
        <td key={column.id} className="case-cell">
          <div className="case-cell-content">
            <CaseCell column={column.id} row={row} context={context} />
          </div>
        </td>
      ))}
    </tr>
  );
});
