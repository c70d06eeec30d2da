import type { CaseFilter, CaseQuery } from '../../db/caseQuery';
import { addDays } from './calendarDays';
import { DEADLINE_WINDOW_DAYS, type CaseListFilters, type CaseListSort } from './caseListFilters';

/**
 * How the list is read from the store. Equality filters and the sort go to the repository's
 * key-based paging; the deadline filters are a range of the `[nextDeadline+id]` index, read
 * in deadline order (the range is the order), with the other filters applied on the way.
 */
export type CaseListPlan =
  | { kind: 'indexed'; query: CaseQuery }
  | { kind: 'deadlineRange'; filter: CaseFilter; from?: string; to: string; pageSize: number };

export const CASE_PAGE_SIZE = 200;

export function repositoryFilter(filters: CaseListFilters, userId: string): CaseFilter {
  const filter: CaseFilter = {};
  if (filters.stage !== undefined) filter.stage = filters.stage;
  if (filters.nationality !== undefined) filter.nationality = filters.nationality;
  if (filters.route !== undefined) filter.route = filters.route;
  const assignee = filters.myCases ? userId : filters.assignee;
  if (assignee !== undefined) filter.assignee = assignee;
  return filter;
}

/** `today` is the office's calendar date (Europe/Brussels), YYYY-MM-DD. */
export function planCaseList(filters: CaseListFilters, sort: CaseListSort, userId: string, today: string, pageSize = CASE_PAGE_SIZE): CaseListPlan {
  const filter = repositoryFilter(filters, userId);
  if (filters.deadline === 'overdue') return { kind: 'deadlineRange', filter, to: addDays(today, -1), pageSize };
  if (filters.deadline === 'within7Days') return { kind: 'deadlineRange', filter, from: today, to: addDays(today, DEADLINE_WINDOW_DAYS), pageSize };
  return { kind: 'indexed', query: { filter, sort: { column: sort.column, direction: sort.direction }, pageSize } };
}

/** True while the list order is fixed by a deadline filter (other sorts are then offered again once it is off). */
export function sortFixedByDeadline(filters: CaseListFilters): boolean {
  return filters.deadline !== 'any';
}
