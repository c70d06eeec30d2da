import { dueSoonPolicy } from '../../../shared/reference';
import type { ReturnRoute, Stage } from '../../../shared/model/stage';
import type { CaseSortColumn } from '../db/caseQuery';

export type DeadlineFilter = 'any' | 'within7Days' | 'overdue';

/** What the caseworker chose to see; kept across restarts (caseListStore). */
export interface CaseListFilters {
  stage?: Stage;
  nationality?: string;
  route?: ReturnRoute;
  /** A user id, or '' for unassigned cases. Ignored while `myCases` is on. */
  assignee?: string;
  myCases: boolean;
  deadline: DeadlineFilter;
}

export interface CaseListSort {
  column: CaseSortColumn;
  direction: 'asc' | 'desc';
}

export const noFilters: CaseListFilters = { myCases: false, deadline: 'any' };

export const defaultSort: CaseListSort = { column: 'updatedAt', direction: 'desc' };

/** How many days ahead "deadline within 7 days" looks: the due-soon policy's days (shared/reference/deadlinePolicy.ts). */
export const DEADLINE_WINDOW_DAYS = dueSoonPolicy.withinDays;
