import { nameKeysOf } from '../../../renderer/src/db/caseSearchKeys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRow } from '../../../renderer/src/db/caseRow';
import type { CaseSortColumn } from '../../../renderer/src/db/caseQuery';
import { planCaseQuery } from '../../../renderer/src/db/caseQuery';
import { foldText, nameTokens } from '../../../renderer/src/db/foldName';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { documentNumberOf, generateCase, generateCases, referenceOf } from '../../bench/caseGenerator';
import { caseworker, everyPage, openTestStore } from './testStore';

const CASES = 600;
let store: WorkspaceStore;
let all: CaseRow[];

beforeAll(async () => {
  store = openTestStore();
  await store.cases.importCases(caseworker, generateCases(0, CASES, 9));
  all = await store.db.cases.toArray();
});
afterAll(() => store.close());

function compare(a: CaseRow, b: CaseRow, column: CaseSortColumn): number {
  const key = (row: CaseRow): string =>
    column === 'updatedAt'
      ? `${row.updatedAt}|${row.id}`
      : column === 'reference'
        ? row.reference
        : column === 'nextDeadline'
          ? `${row.nextDeadline ?? '~'}|${row.id}`
          : column === 'name'
            ? `${row.sortName}\u0000${row.id}`
            : `${row[column]}|${row.updatedAt}|${row.id}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

describe('key-based paging', () => {
  it.each<[CaseSortColumn, 'asc' | 'desc']>([
    ['updatedAt', 'desc'],
    ['updatedAt', 'asc'],
    ['reference', 'asc'],
    ['reference', 'desc'],
    ['stage', 'asc'],
    ['nationality', 'desc'],
    ['route', 'asc'],
    ['name', 'asc'],
    ['name', 'desc'],
    ['nextDeadline', 'asc'],
  ])('walks every case exactly once, sorted by %s %s', async (column, direction) => {
    const rows = await everyPage(store, { sort: { column, direction }, pageSize: 37 });
    const expected = [...all].sort((a, b) => compare(a, b, column) * (direction === 'asc' ? 1 : -1));
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });

  it('combines filters and sorts, using an index for the filters it can and checking the others while walking it', async () => {
    const filter = { stage: 'IDENTIFICATION' as const, nationality: 'AL' };
    expect(planCaseQuery(filter, 'updatedAt')).toMatchObject({ index: '[stage+updatedAt+id]', residual: [['nationality', 'AL']] });
    expect(planCaseQuery({ assignee: 'u', stage: 'INTAKE' }, 'updatedAt')).toMatchObject({ index: '[assignee+stage+updatedAt+id]', residual: [] });
    const rows = await everyPage(store, { filter, sort: { column: 'updatedAt', direction: 'desc' }, pageSize: 5 });
    const expected = all.filter((row) => row.stage === 'IDENTIFICATION' && row.nationality === 'AL').sort((a, b) => -compare(a, b, 'updatedAt'));
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });

  it('filters the rest while walking an index when no index covers the combination', async () => {
    const filter = { route: 'forced' as const, stage: 'CLOSED' as const };
    const plan = planCaseQuery(filter, 'reference');
    expect(plan.residual.length).toBeGreaterThan(0);
    const rows = await everyPage(store, { filter, sort: { column: 'reference', direction: 'asc' }, pageSize: 4 });
    const expected = all.filter((row) => row.route === 'forced' && row.stage === 'CLOSED').sort((a, b) => compare(a, b, 'reference'));
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });

  it('refuses a cursor from another list', async () => {
    const page = await store.cases.list(caseworker, { sort: { column: 'reference', direction: 'asc' }, pageSize: 3 });
    await expect(store.cases.list(caseworker, { after: page.next, pageSize: 3 })).rejects.toThrow(/start again/);
  });
});

describe('search', () => {
  it('folds case and diacritics: hoxhe finds Hoxhë, cela finds Çela', () => {
    expect(foldText('Hoxhë')).toBe('hoxhe');
    expect(foldText('ÇELA')).toBe('cela');
    expect(nameTokens('Gëzim Përmeti-Çela')).toEqual(['gezim', 'permeti', 'cela']);
  });

  it('finds by name prefix, primary name or alias, ignoring diacritics', async () => {
    const result = await store.cases.searchByName(caseworker, 'hoxh', 500);
    const expected = all.filter((row) =>
      row.caseFile.identities.some((identity) => foldText(identity.familyName).startsWith('hoxh') || foldText(identity.givenNames).startsWith('hoxh')),
    );
    expect(new Set(result.rows.map((row) => row.id))).toEqual(new Set(expected.map((row) => row.id)));
    expect(expected.some((row) => row.caseFile.identities.some((identity) => !identity.primary && identity.familyName === 'Hoxhë'))).toBe(true);
  });

  it('needs every word typed to match a name word', async () => {
    const result = await store.cases.searchByName(caseworker, 'cela ard', 500);
    for (const row of result.rows) {
      expect(nameKeysOf(row.caseFile).some((token) => token.startsWith('cela'))).toBe(true);
      expect(nameKeysOf(row.caseFile).some((token) => token.startsWith('ard'))).toBe(true);
    }
  });

  it('finds by document number whatever the spacing and case, and by reference', async () => {
    const target = all.find((row) => row.caseFile.reference === referenceOf(123));
    const number = documentNumberOf(123);
    const spaced = `${number.slice(0, 3).toLowerCase()} ${number.slice(3)}`;
    expect((await store.cases.findByDocumentNumber(caseworker, spaced)).rows.map((row) => row.id)).toEqual([target?.id]);
    expect((await store.cases.findByReference(caseworker, referenceOf(123).toLowerCase())).rows.map((row) => row.id)).toEqual([target?.id]);
    expect((await store.cases.search(caseworker, referenceOf(123))).rows[0]?.id).toBe(target?.id);
  });

  it('caps results and says so', async () => {
    const result = await store.cases.searchByName(caseworker, 'a', 10);
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
  });
});

describe('counts', () => {
  it('are kept up to date by every write, without scanning the table', async () => {
    const counted = await store.cases.counts(caseworker);
    expect(counted.total).toBe(all.length);
    const byStage: Record<string, number> = {};
    for (const row of all) byStage[row.stage] = (byStage[row.stage] ?? 0) + 1;
    expect(counted.byStage).toEqual(byStage);
    const added = await store.cases.create(caseworker, generateCase(CASES + 1, 9));
    const after = await store.cases.counts(caseworker);
    expect(after.total).toBe(all.length + 1);
    expect(after.byStage[added.stage]).toBe((byStage[added.stage] ?? 0) + 1);
  });
});
