import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { caseListColumns } from './caseListColumns';
import type { CaseListRow } from './caseListRow';

const features = tableFeatures({});
const columnHelper = createColumnHelper<typeof features, CaseListRow>();

const noRows: CaseListRow[] = [];

/**
 * The TanStack table model of the list: its columns and headers. Sorting, filtering and
 * paging are done by the store (key-based), and rows are rendered straight from the loaded
 * pages by virtual index: a row model rebuilt over every loaded row on each new page would
 * make scrolling to the end of 100,000 cases quadratic.
 */
export function useCaseTable() {
  const columns = useMemo(() => columnHelper.columns(caseListColumns.map((column) => columnHelper.accessor((row) => column.value(row), { id: column.id }))), []);
  return useTable({ features, columns, data: noRows, getRowId: (row) => row.id });
}
