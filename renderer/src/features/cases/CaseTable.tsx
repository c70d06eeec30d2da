import { Center, Loader, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCellContext } from './CaseCell';
import { CaseTableRow } from './CaseTableRow';
import { caseListColumns, type CaseListColumn } from './caseListColumns';
import type { CaseListSort } from '../../stores/caseListFilters';
import type { CaseListRow } from './caseListRow';
import { useRowKeyboard } from './useRowKeyboard';

const ROW_HEIGHT = 40;
/** Load the next page when the user scrolls within this many rows of the end. */
const PREFETCH_ROWS = 60;

interface CaseTableProps {
  rows: CaseListRow[];
  loading: boolean;
  complete: boolean;
  sort: CaseListSort;
  sortDisabled: boolean;
  onSort: (column: CaseListColumn) => void;
  onLoadMore: () => void;
  onOpen: (caseId: string) => void;
  /** The first and last row index in view (the live list re-reads around them). */
  onVisibleRange: (start: number, end: number) => void;
  cellContext: CaseCellContext;
  /** What an empty list says: what to do next (no case yet), or that the filters leave none. */
  empty: ReactNode;
}

/**
 * The virtualized case table: only the rows in view (plus a few) are in the DOM, so it
 * scrolls smoothly however many pages are loaded; reaching the end asks for the next page.
 */
export function CaseTable({ rows, loading, complete, sort, sortDisabled, onSort, onLoadMore, onOpen, onVisibleRange, cellContext, empty }: CaseTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = rows;
  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const onRowKeyDown = useRowKeyboard(virtualizer, scrollRef, tableRows.length, onOpen);
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => onVisibleRange(firstIndex, lastIndex), [firstIndex, lastIndex, onVisibleRange]);

  useEffect(() => {
    if (!complete && !loading && lastIndex >= tableRows.length - PREFETCH_ROWS) onLoadMore();
  }, [complete, loading, lastIndex, tableRows.length, onLoadMore]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div ref={scrollRef} className="case-table-scroll" data-testid="case-table-scroll">
      <Table
        stickyHeader
        highlightOnHover
        layout="fixed"
        aria-label={t('cases.table.label')}
        aria-rowcount={complete ? tableRows.length + 1 : -1}
        aria-busy={loading}
        data-testid="case-table"
        data-loaded-rows={tableRows.length}
        data-complete={complete}
      >
        <colgroup>
          {caseListColumns.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            {caseListColumns.map((column) => {
              const active = column.sortColumn !== undefined && sort.column === column.sortColumn;
              const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
              const sortable = column.sortColumn !== undefined && !sortDisabled;
              return (
                <Table.Th key={column.id} scope="col" aria-sort={ariaSort}>
                  {sortable ? (
                    <UnstyledButton onClick={() => onSort(column)} fz="inherit" fw={700} data-column={column.id}>
                      {t(`cases.columns.${column.id}`)}
                      {active && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
                    </UnstyledButton>
                  ) : (
                    t(`cases.columns.${column.id}`)
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={caseListColumns.length} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            return row ? <CaseTableRow key={row.id} row={row} index={item.index} context={cellContext} onOpen={onOpen} onRowKeyDown={onRowKeyDown} /> : null;
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={caseListColumns.length} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {loading && (
        <Center py="sm">
          <Loader size="sm" aria-label={t('cases.loading')} />
        </Center>
      )}
      {!loading && complete && tableRows.length === 0 && (
        <Text component="div" ta="center" py="xl" c="dimmed" data-testid="case-list-empty">
          {empty}
        </Text>
      )}
      {!loading && complete && tableRows.length > 0 && (
        <Text ta="center" py="xs" size="sm" c="dimmed" data-testid="case-list-end">
          {t('cases.endOfList')}
        </Text>
      )}
    </div>
  );
}
