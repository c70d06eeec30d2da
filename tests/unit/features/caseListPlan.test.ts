import { describe, expect, it } from 'vitest';
import { defaultSort, noFilters, type CaseListFilters } from '../../../renderer/src/stores/caseListFilters';
import { planCaseList, repositoryFilter, sortFixedByDeadline } from '../../../renderer/src/features/cases/caseListPlan';
import { caseListCount } from '../../../renderer/src/features/cases/caseListCount';

const me = 'user-me';
const today = '2026-11-23';

describe('case list filters → repository query', () => {
  it('without filters, pages the whole workspace by the chosen sort', () => {
    expect(planCaseList(noFilters, defaultSort, me, today, 200)).toEqual({ filter: {}, sort: { column: 'updatedAt', direction: 'desc' }, pageSize: 200 });
  });

  it('combines stage, nationality, route and assignee as equality filters, and sorts by name', () => {
    const filters: CaseListFilters = { ...noFilters, stage: 'IDENTIFICATION', nationality: 'AL', route: 'readmission', assignee: 'user-2' };
    expect(planCaseList(filters, { column: 'name', direction: 'desc' }, me, today)).toMatchObject({
      filter: { stage: 'IDENTIFICATION', nationality: 'AL', route: 'readmission', assignee: 'user-2' },
      sort: { column: 'name', direction: 'desc' },
    });
  });

  it('"my cases" filters on the signed-in user and overrides the assignee chosen', () => {
    expect(repositoryFilter({ ...noFilters, assignee: 'user-2', myCases: true }, me, today)).toEqual({ assignee: me });
  });

  it('keeps the "unassigned" choice (empty assignee) as a filter', () => {
    expect(repositoryFilter({ ...noFilters, assignee: '' }, me, today)).toEqual({ assignee: '' });
  });

  it('"overdue" is a repository deadline range up to yesterday, combined with the other filters, most urgent first', () => {
    const plan = planCaseList({ ...noFilters, deadline: 'overdue', stage: 'DETAINED' }, { column: 'reference', direction: 'desc' }, me, today, 100);
    expect(plan).toEqual({ filter: { stage: 'DETAINED', deadline: { to: '2026-11-22' } }, sort: { column: 'nextDeadline', direction: 'asc' }, pageSize: 100 });
  });

  it('"within 7 days" reads from today to today + 7, across a month end', () => {
    expect(planCaseList({ ...noFilters, deadline: 'within7Days', myCases: true }, defaultSort, me, '2026-11-28', 100)).toEqual({
      filter: { assignee: me, deadline: { from: '2026-11-28', to: '2026-12-05' } },
      sort: { column: 'nextDeadline', direction: 'asc' },
      pageSize: 100,
    });
  });

  it('a deadline filter fixes the order to the deadline', () => {
    expect(sortFixedByDeadline({ ...noFilters, deadline: 'overdue' })).toBe(true);
    expect(sortFixedByDeadline(noFilters)).toBe(false);
  });
});

describe('case list counts (never a table count)', () => {
  const counts = { total: 100_000, byStage: { IDENTIFICATION: 14_000 }, byNationality: { AL: 35_000 }, byRoute: { readmission: 16_000 } };

  it('takes the total, or the count of a single stage, nationality or route filter, from the store counts', () => {
    expect(caseListCount(noFilters, false, counts, 200, false)).toEqual({ kind: 'exact', count: 100_000 });
    expect(caseListCount({ ...noFilters, stage: 'IDENTIFICATION' }, false, counts, 200, false)).toEqual({ kind: 'exact', count: 14_000 });
    expect(caseListCount({ ...noFilters, nationality: 'AL' }, false, counts, 200, false)).toEqual({ kind: 'exact', count: 35_000 });
    expect(caseListCount({ ...noFilters, route: 'readmission' }, false, counts, 200, false)).toEqual({ kind: 'exact', count: 16_000 });
  });

  it('says "at least" what is loaded for combinations until the last page is in', () => {
    const filters: CaseListFilters = { ...noFilters, stage: 'IDENTIFICATION', nationality: 'AL' };
    expect(caseListCount(filters, false, counts, 400, false)).toEqual({ kind: 'atLeast', count: 400 });
    expect(caseListCount(filters, false, counts, 4_321, true)).toEqual({ kind: 'exact', count: 4_321 });
    expect(caseListCount({ ...noFilters, myCases: true }, false, counts, 200, false)).toEqual({ kind: 'atLeast', count: 200 });
  });

  it('takes the repository\'s bounded count for other combinations: exact, or "more than" its cap', () => {
    const filters: CaseListFilters = { ...noFilters, deadline: 'within7Days', myCases: true };
    expect(caseListCount(filters, false, counts, 200, false, { count: 1_234, exact: true })).toEqual({ kind: 'exact', count: 1_234 });
    expect(caseListCount(filters, false, counts, 200, false, { count: 1_000, exact: false })).toEqual({ kind: 'moreThan', count: 1_000 });
    // Scrolled past the cap: what is loaded says more.
    expect(caseListCount(filters, false, counts, 1_400, false, { count: 1_000, exact: false })).toEqual({ kind: 'atLeast', count: 1_400 });
    expect(caseListCount(filters, true, counts, 12, false, { count: 1_000, exact: false })).toEqual({ kind: 'atLeast', count: 12 });
  });

  it('counts search results as they are', () => {
    expect(caseListCount(noFilters, true, counts, 3, true)).toEqual({ kind: 'exact', count: 3 });
  });
});
