import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { caseListColumns } from './caseListColumns';
import type { CaseListRow } from './caseListRow';

const features = tableFeatures({});
const columnHelper = createColumnHelper<typeof features, CaseListRow>();

/**
 * The TanStack table model of the list: column definitions and row ids. Sorting and
 * filtering are done by the store (key-based paging), so the table only lays out what
 * was loaded.
 */
export function useCaseTable(rows: CaseListRow[]) {
  const columns = useMemo(() => columnHelper.columns(caseListColumns.map((column) => columnHelper.accessor((row) => column.value(row), { id: column.id }))), []);
  return useTable({ features, columns, data: rows, getRowId: (row) => row.id });
}
