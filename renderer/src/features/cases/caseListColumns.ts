import type { CaseSortColumn } from '../../db/caseQuery';

export type CaseListColumnId = 'reference' | 'name' | 'nationality' | 'stage' | 'route' | 'assignee' | 'nextDeadline' | 'updatedAt';

export interface CaseListColumn {
  id: CaseListColumnId;
  /** The repository sort this column uses (each has an index). */
  sortColumn?: CaseSortColumn;
  width: string;
}

/** The columns of the case list, in order: a plain list (sorting and paging are the store's, rows are drawn by virtual index). */
export const caseListColumns: readonly CaseListColumn[] = [
  { id: 'reference', sortColumn: 'reference', width: '13%' },
  { id: 'name', sortColumn: 'name', width: '19%' },
  { id: 'nationality', sortColumn: 'nationality', width: '11%' },
  { id: 'stage', sortColumn: 'stage', width: '14%' },
  { id: 'route', sortColumn: 'route', width: '11%' },
  { id: 'assignee', sortColumn: 'assignee', width: '11%' },
  { id: 'nextDeadline', sortColumn: 'nextDeadline', width: '12%' },
  { id: 'updatedAt', sortColumn: 'updatedAt', width: '9%' },
];
