import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model/caseFile';
import type { CaseFilter, CaseQuery, PageCursor } from '../../../renderer/src/db/caseQuery';
import { cursorOf, matchesCaseFilter, planCaseQuery } from '../../../renderer/src/db/caseQuery';
import type { CaseRow } from '../../../renderer/src/db/caseRow';
import { SORT_NAME_SEPARATOR, sortNameOf } from '../../../renderer/src/db/caseRow';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { caseworker, everyPage, openTestStore } from './testStore';

const CASES = 600;
const ASSIGNEE = 'user-caseworker-7';

/** A deadline for three cases in four, spread over 40 days from 1 November 2026, from the reference's number. */
function deadlineOf(caseFile: CaseFile): string | undefined {
  const n = Number(caseFile.reference.slice(-6));
  if (n % 4 === 0) return undefined;
  const date = new Date(Date.UTC(2026, 10, 1 + (n % 40)));
  return date.toISOString().slice(0, 10);
}

let store: WorkspaceStore;
let all: CaseRow[];

beforeAll(async () => {
  store = openTestStore('production', { nextDeadlineOf: deadlineOf });
  const cases = generateCases(0, CASES, 11);
  cases.forEach((caseFile, index) => {
    if (index % 5 === 0) caseFile.assigneeId = ASSIGNEE;
  });
  // Exact name ties, and a family name that begins a longer one: the order must still be total.
  for (const index of [3, 4, 5]) {
    const identity = cases[index]?.identities.find((candidate) => candidate.primary);
    if (identity) Object.assign(identity, { familyName: 'Li', givenNames: 'Zhen' });
  }
  const lima = cases[6]?.identities.find((candidate) => candidate.primary);
  if (lima) Object.assign(lima, { familyName: 'Lima', givenNames: 'Ana' });
  await store.cases.importCases(caseworker, cases);
  all = await store.db.cases.toArray();
});
afterAll(() => store.close());

function byKey(key: (row: CaseRow) => string, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  return (a: CaseRow, b: CaseRow) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

const nameKey = (row: CaseRow) => `${row.sortName}\u0000${row.id}`;
const deadlineKey = (row: CaseRow) => `${row.nextDeadline ?? ''}\u0000${row.id}`;

describe('sort by name', () => {
  it('derives a folded family-then-given key from the primary identity', () => {
    const [caseFile] = generateCases(0, 1, 11);
    if (!caseFile) throw new Error('no case');
    const primary = { ...caseFile.identities[0], familyName: 'Hoxhë-Çela ', givenNames: ' Ardit  Ndriçim', primary: true } as CaseFile['identities'][number];
    const alias = { ...primary, familyName: 'Aaa', primary: false };
    expect(sortNameOf({ identities: [alias, primary] })).toBe(`hoxhe-cela${SORT_NAME_SEPARATOR}ardit ndricim`);
    expect(sortNameOf({ identities: [] })).toBe('');
    // A short family name sorts before a longer one it begins, whatever the given names.
    expect(
      sortNameOf({ identities: [{ ...primary, familyName: 'Li', givenNames: 'Zhen' }] }) <
        sortNameOf({ identities: [{ ...primary, familyName: 'Lima', givenNames: 'Ana' }] }),
    ).toBe(true);
  });

  it.each<'asc' | 'desc'>(['asc', 'desc'])('walks every case exactly once, %s, across pages, ties broken by id', async (direction) => {
    const rows = await everyPage(store, { sort: { column: 'name', direction }, pageSize: 23 });
    expect(rows.map((row) => row.id)).toEqual([...all].sort(byKey(nameKey, direction)).map((row) => row.id));
    expect(new Set(rows.map((row) => row.id)).size).toBe(CASES);
    const lis = rows.filter((row) => row.sortName === `li${SORT_NAME_SEPARATOR}zhen`).map((row) => row.id);
    expect(lis).toHaveLength(3);
    const ascendingIds = [...lis].sort();
    expect(lis).toEqual(direction === 'asc' ? ascendingIds : ascendingIds.reverse());
  });

  it('combines with filters (stage and assignee walked on the name index)', async () => {
    const filter: CaseFilter = { assignee: ASSIGNEE, route: 'voluntary' };
    expect(planCaseQuery(filter, 'name')).toMatchObject({ index: '[sortName+id]' });
    const rows = await everyPage(store, { filter, sort: { column: 'name', direction: 'desc' }, pageSize: 7 });
    const expected = all.filter((row) => row.assignee === ASSIGNEE && row.route === 'voluntary').sort(byKey(nameKey, 'desc'));
    expect(expected.length).toBeGreaterThan(7);
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });
});

describe('deadline filters in the repository query', () => {
  const within = { from: '2026-11-10', to: '2026-11-17' };

  it('reads the deadline index range, in deadline order, combined with the equality filters', async () => {
    const filter: CaseFilter = { deadline: within, stage: all[0]?.stage ?? 'INTAKE' };
    const plan = planCaseQuery(filter, 'reference');
    expect(plan).toMatchObject({ index: '[deadlineOrder+id]', range: { lower: '2026-11-10', upper: '2026-11-17' }, residual: [['stage', filter.stage]] });
    const rows = await everyPage(store, { filter, sort: { column: 'reference', direction: 'asc' }, pageSize: 3 });
    const expected = all.filter((row) => matchesCaseFilter(row, filter)).sort(byKey(deadlineKey, 'asc'));
    expect(expected.length).toBeGreaterThan(3);
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    for (const row of rows) expect((row.nextDeadline ?? '') >= within.from && (row.nextDeadline ?? '') <= within.to).toBe(true);
  });

  it('"overdue" (open start) with "my cases", walked both ways', async () => {
    const filter: CaseFilter = { deadline: { to: '2026-11-05' }, assignee: ASSIGNEE };
    const expected = all.filter((row) => row.assignee === ASSIGNEE && row.nextDeadline !== undefined && row.nextDeadline <= '2026-11-05');
    expect(expected.length).toBeGreaterThan(4);
    const up = await everyPage(store, { filter, sort: { column: 'nextDeadline', direction: 'asc' }, pageSize: 4 });
    expect(up.map((row) => row.id)).toEqual([...expected].sort(byKey(deadlineKey, 'asc')).map((row) => row.id));
    const down = await everyPage(store, { filter, sort: { column: 'nextDeadline', direction: 'desc' }, pageSize: 4 });
    expect(down.map((row) => row.id)).toEqual([...expected].sort(byKey(deadlineKey, 'desc')).map((row) => row.id));
  });

  it('sorting by deadline lists every case, those without a deadline last', async () => {
    const up = await everyPage(store, { sort: { column: 'nextDeadline', direction: 'asc' }, pageSize: 97 });
    expect(up).toHaveLength(CASES);
    const withDeadline = all.filter((row) => row.nextDeadline).sort(byKey(deadlineKey, 'asc'));
    const without = all.filter((row) => !row.nextDeadline).sort(byKey((row) => row.id, 'asc'));
    expect(without.length).toBeGreaterThan(0);
    expect(up.map((row) => row.id)).toEqual([...withDeadline, ...without].map((row) => row.id));
    const down = await everyPage(store, { sort: { column: 'nextDeadline', direction: 'desc' }, pageSize: 97 });
    expect(down.map((row) => row.id)).toEqual([...withDeadline, ...without].reverse().map((row) => row.id));
  });

  it('a deadline filter never lists a case without a deadline', async () => {
    const rows = await everyPage(store, { filter: { deadline: {} }, pageSize: 100 });
    expect(rows).toHaveLength(all.filter((row) => row.nextDeadline).length);
    expect(rows.length).toBeLessThan(CASES);
  });

  it('narrows a search by name or number with the same filters, before the search limit', async () => {
    const filter: CaseFilter = { deadline: within };
    const family = all.find((row) => matchesCaseFilter(row, filter))?.caseFile.identities.find((identity) => identity.primary)?.familyName ?? '';
    const found = await store.cases.search(caseworker, family, 5, filter);
    expect(found.rows.length).toBeGreaterThan(0);
    for (const row of found.rows) expect(matchesCaseFilter(row, filter)).toBe(true);
    const unfiltered = await store.cases.search(caseworker, family, 500);
    const matching = unfiltered.rows.filter((row) => matchesCaseFilter(row, filter));
    expect(found.rows.length).toBe(Math.min(5, matching.length));
    expect(found.truncated).toBe(matching.length > 5);
  });
});

describe('counts of filtered views', () => {
  it('counts an index range exactly when the index serves every filter', async () => {
    const count = await store.cases.countMatching(caseworker, { deadline: { from: '2026-11-10', to: '2026-11-17' } });
    expect(count).toEqual({
      exact: true,
      count: all.filter((row) => row.nextDeadline && row.nextDeadline >= '2026-11-10' && row.nextDeadline <= '2026-11-17').length,
    });
    // Any order will do for a count: "my cases" is a key range of the assignee index, not a walk of the updatedAt index.
    expect(planCaseQuery({ assignee: ASSIGNEE }, undefined)).toMatchObject({ index: '[assignee+stage+updatedAt+id]', residual: [] });
    expect(planCaseQuery({ assignee: ASSIGNEE, stage: 'INTAKE', route: 'forced' }, undefined)).toMatchObject({
      index: '[assignee+stage+updatedAt+id]',
      residual: [['route', 'forced']],
    });
    const mine = await store.cases.countMatching(caseworker, { assignee: ASSIGNEE });
    expect(mine).toEqual({ exact: true, count: all.filter((row) => row.assignee === ASSIGNEE).length });
  });

  it('stops at the cap and says "at least" when rows must be read to check a filter', async () => {
    const filter: CaseFilter = { deadline: {}, route: all[0]?.route ?? 'voluntary' };
    const matching = all.filter((row) => matchesCaseFilter(row, filter)).length;
    expect(matching).toBeGreaterThan(10);
    expect(await store.cases.countMatching(caseworker, filter, 10)).toEqual({ count: 10, exact: false });
    expect(await store.cases.countMatching(caseworker, filter, 10_000)).toEqual({ count: matching, exact: true });
  });
});

describe('re-reading a stretch of the list (live refresh)', () => {
  it('reads from after one row up to another, in both directions, and refuses a cursor of another list', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const query: CaseQuery = { sort: { column: 'name', direction }, pageSize: 500 };
      const sorted = [...all].sort(byKey(nameKey, direction));
      const from = sorted[99];
      const to = sorted[140];
      if (!from || !to) throw new Error('not enough cases');
      const after: PageCursor = cursorOf(query, from);
      const page = await store.cases.list(caseworker, { ...query, after, until: cursorOf(query, to) });
      expect(page.rows.map((row) => row.id)).toEqual(sorted.slice(100, 141).map((row) => row.id));
      expect(page.next).toBeUndefined();
    }
    const other = cursorOf({ sort: { column: 'reference', direction: 'asc' } }, all[0] as CaseRow);
    await expect(store.cases.list(caseworker, { sort: { column: 'name', direction: 'asc' }, until: other })).rejects.toThrow(/start again/);
  });
});
