import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchesCaseFilter, type PageCursor } from '../../../renderer/src/db/caseQuery';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { planCaseList, repositoryFilter } from '../../../renderer/src/features/cases/caseListPlan';
import { defaultSort, noFilters, type CaseListFilters } from '../../../renderer/src/stores/caseListFilters';
import { generateCases } from '../../bench/caseGenerator';
import { openTestStore, supervisor } from '../db/testStore';

const today = '2026-11-23';
let store: WorkspaceStore;

beforeEach(async () => {
  store = openTestStore('production');
  const cases = generateCases(0, 240, 11);
  // Some cases assigned (to the supervisor and someone else) so that "my cases" and an assignee filter select something.
  cases.forEach((caseFile, index) => {
    if (index % 5 === 0) caseFile.assigneeId = supervisor.userId;
    else if (index % 7 === 0) caseFile.assigneeId = 'user-other';
  });
  await store.cases.importCases(supervisor, cases);
});
afterEach(() => store.close());

/** Every case the list shows for these filters: its own query, page after page. */
async function listedIds(filters: CaseListFilters): Promise<string[]> {
  const query = planCaseList(filters, defaultSort, supervisor.userId, today, 50);
  const ids: string[] = [];
  let after: PageCursor | undefined;
  for (;;) {
    const page = await store.cases.list(supervisor, { ...query, ...(after ? { after } : {}) });
    ids.push(...page.rows.map((row) => row.id));
    if (!page.next) return ids.sort();
    after = page.next;
  }
}

/** Every case the list export keeps: the export read (key order, export permission) and the list's filter by the store's predicate, as the worker does. */
async function exportedIds(filters: CaseListFilters): Promise<string[]> {
  const filter = repositoryFilter(filters, supervisor.userId, today);
  const ids: string[] = [];
  await store.cases.streamCases(supervisor, { permission: 'case.export', chunkSize: 37 }, (rows) => {
    for (const row of rows) if (matchesCaseFilter(row, filter)) ids.push(row.id);
  });
  return ids.sort();
}

describe('the list export keeps exactly the cases the list shows', () => {
  const choices: [string, CaseListFilters][] = [
    ['no filter', noFilters],
    ['a stage', { ...noFilters, stage: 'RETURN_DECISION' }],
    ['a stage and a nationality (one served by an index, one by the predicate)', { ...noFilters, stage: 'DETAINED', nationality: 'AL' }],
    ['a route and overdue deadlines', { ...noFilters, route: 'forced', deadline: 'overdue' }],
    ['deadlines within the due-soon window', { ...noFilters, deadline: 'within7Days' }],
    ['my cases', { ...noFilters, myCases: true }],
    ['unassigned cases of a nationality', { ...noFilters, assignee: '', nationality: 'MA' }],
  ];
  it.each(choices)('%s', async (_label, filters) => {
    const listed = await listedIds(filters);
    expect(await exportedIds(filters)).toEqual(listed);
  });

  it('the filters select something (the comparison is not of empty lists)', async () => {
    for (const [, filters] of choices.slice(1, 3)) expect((await listedIds(filters)).length).toBeGreaterThan(0);
    expect((await listedIds({ ...noFilters, myCases: true })).length).toBe(48);
  });
});
