import type { CaseSortColumn } from '../../db/caseQuery';

export type CaseListColumnId = 'reference' | 'name' | 'nationality' | 'stage' | 'route' | 'assignee' | 'nextDeadline' | 'updatedAt';

export interface CaseListColumn {
  id: CaseListColumnId;
  /** The repository sort this column uses (each has an index). */
  sortColumn?: CaseSortColumn;
  width: string;
}

/**
 * The columns of the case list, in order: a plain list (sorting and paging are the store's, rows are drawn by virtual index).
 * Widths fit the longest usual values of the four languages at 1,366 px (a training reference TRN-2026-900010 on one line, a date, a deadline badge); longer
 * names and stages wrap onto a second line of the row rather than being cut.
 */
export const caseListColumns: readonly CaseListColumn[] = [
  { id: 'reference', sortColumn: 'reference', width: '14%' },
  { id: 'name', sortColumn: 'name', width: '15%' },
  { id: 'nationality', sortColumn: 'nationality', width: '10%' },
  { id: 'stage', sortColumn: 'stage', width: '13%' },
  { id: 'route', sortColumn: 'route', width: '11%' },
  { id: 'assignee', sortColumn: 'assignee', width: '12%' },
  { id: 'nextDeadline', sortColumn: 'nextDeadline', width: '14%' },
  { id: 'updatedAt', sortColumn: 'updatedAt', width: '11%' },
];
