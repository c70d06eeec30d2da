import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { FigureKey } from '../../../../shared/reports';

/** One cell of a figure table: a number linked to its cases, or a value in words (a rate, a median). */
export interface FigureCell {
  text: string;
  /** The number itself, for a chart drawn from the same table. */
  value?: number;
  /** The cases behind the number; absent for values that are not counts of cases. */
  link?: { key: FigureKey; label: string };
}

export interface FigureRow {
  id: string;
  header: string;
  cells: FigureCell[];
}

export interface FigureTableProps {
  caption: string;
  rowHeading: string;
  columns: readonly string[];
  rows: readonly FigureRow[];
  empty: string;
  linkOf: (key: FigureKey, label: string) => string;
  testId?: string;
}

/**
 * A figure as a table: what a screen reader reads (caption, column and row headers with
 * their scope); every count a link to the case list showing exactly its cases.
 */
export function FigureTable({ caption, rowHeading, columns, rows, empty, linkOf, testId }: FigureTableProps) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder captionSide="top" data-testid={testId}>
        <Table.Caption className="report-caption">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeading}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column} scope="col" ta="right">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length + 1}>{empty}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={row.id} data-row={row.id}>
                <Table.Th scope="row" fw="normal">
                  {row.header}
                </Table.Th>
                {row.cells.map((cell, index) => (
                  <Table.Td key={columns[index] ?? index} ta="right" data-column={index}>
                    {cell.link ? (
                      <Anchor component={Link} to={linkOf(cell.link.key, cell.link.label)} aria-label={`${cell.text}: ${cell.link.label}`}>
                        {cell.text}
                      </Anchor>
                    ) : (
                      cell.text
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
