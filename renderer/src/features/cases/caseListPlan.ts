import type { CaseFilter, CaseQuery } from '../../db/caseQuery';
import { addCalendarDays } from '../../../../shared/rules/deadlines';
import { DEADLINE_WINDOW_DAYS, type CaseListFilters, type CaseListSort } from '../../stores/caseListFilters';

export const CASE_PAGE_SIZE = 200;

/**
 * The repository filter of the list's choices: stage, nationality, route, assignee ("my
 * cases" is the signed-in user) and the deadline filters as a range of the next-deadline
 * index. `today` is the office's calendar date (Europe/Brussels), YYYY-MM-DD.
 */
export function repositoryFilter(filters: CaseListFilters, userId: string, today: string): CaseFilter {
  const filter: CaseFilter = {};
  if (filters.stage !== undefined) filter.stage = filters.stage;
  if (filters.nationality !== undefined) filter.nationality = filters.nationality;
  if (filters.route !== undefined) filter.route = filters.route;
  const assignee = filters.myCases ? userId : filters.assignee;
  if (assignee !== undefined) filter.assignee = assignee;
  if (filters.deadline === 'overdue') filter.deadline = { to: addCalendarDays(today, -1) };
  if (filters.deadline === 'within7Days') filter.deadline = { from: today, to: addCalendarDays(today, DEADLINE_WINDOW_DAYS) };
  return filter;
}

/**
 * How the list is read from the store: one repository query, paged by key. While a deadline
 * filter is on, the list is read along the deadline index, most urgent first.
 */
export function planCaseList(filters: CaseListFilters, sort: CaseListSort, userId: string, today: string, pageSize = CASE_PAGE_SIZE): CaseQuery {
  const filter = repositoryFilter(filters, userId, today);
  const ordered = sortFixedByDeadline(filters)
    ? { column: 'nextDeadline' as const, direction: 'asc' as const }
    : { column: sort.column, direction: sort.direction };
  return { filter, sort: ordered, pageSize };
}

/** True while the list order is fixed by a deadline filter (other sorts are then offered again once it is off). */
export function sortFixedByDeadline(filters: CaseListFilters): boolean {
  return filters.deadline !== 'any';
}
