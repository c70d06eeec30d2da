import type { CaseSortColumn } from '../../db/caseQuery';
import type { CaseListRow } from './caseListRow';

export type CaseListColumnId = 'reference' | 'name' | 'nationality' | 'stage' | 'route' | 'assignee' | 'nextDeadline' | 'updatedAt';

export interface CaseListColumn {
  id: CaseListColumnId;
  /** The repository sort this column uses (each has an index). */
  sortColumn?: CaseSortColumn;
  width: string;
  value: (row: CaseListRow) => string;
}

/** The columns of the case list, in order. */
export const caseListColumns: readonly CaseListColumn[] = [
  { id: 'reference', sortColumn: 'reference', width: '13%', value: (row) => row.reference },
  { id: 'name', sortColumn: 'name', width: '19%', value: (row) => row.name },
  { id: 'nationality', sortColumn: 'nationality', width: '11%', value: (row) => row.nationality },
  { id: 'stage', sortColumn: 'stage', width: '14%', value: (row) => row.stage },
  { id: 'route', sortColumn: 'route', width: '11%', value: (row) => row.route },
  { id: 'assignee', sortColumn: 'assignee', width: '11%', value: (row) => row.assignee },
  { id: 'nextDeadline', sortColumn: 'nextDeadline', width: '12%', value: (row) => row.nextDeadline ?? '' },
  { id: 'updatedAt', sortColumn: 'updatedAt', width: '9%', value: (row) => row.updatedAt },
];
