import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseMatchesFigureFilter, type FigureFilter } from '../../../shared/reports';
import { PermissionError } from '../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { administrator, caseworker, openTestStore, supervisor } from './testStore';

let store: WorkspaceStore;
const cases = generateCases(0, 30, 11);

beforeEach(async () => {
  store = openTestStore('production');
  await store.cases.importCases(supervisor, cases);
});
afterEach(() => store.close());

async function pdfEvents() {
  return store.db.audit.filter((event) => event.action === 'export.casePdf').toArray();
}

describe('reading the cases of a PDF: an export, checked and audited by the store', () => {
  it('refuses a caseworker, whatever the screen offers, and records nothing', async () => {
    const first = cases[0];
    if (!first) throw new Error('No case');
    await expect(store.cases.readCasesForPrint(caseworker, { selection: { kind: 'case', caseId: first.id }, pseudonymised: false })).rejects.toBeInstanceOf(
      PermissionError,
    );
    expect(await pdfEvents()).toHaveLength(0);
  });

  it('one case for a supervisor: the case with its history, and the export in the audit trail', async () => {
    const first = cases[0];
    if (!first) throw new Error('No case');
    const result = await store.cases.readCasesForPrint(supervisor, { selection: { kind: 'case', caseId: first.id }, pseudonymised: true });
    expect(result.status).toBe('ready');
    if (result.status !== 'ready') return;
    expect(result.cases.map((record) => record.caseFile.id)).toEqual([first.id]);
    // The export itself is part of the case's history.
    expect(result.cases[0]?.events.map((event) => event.action)).toContain('export.casePdf');
    const [event] = await pdfEvents();
    expect(event).toMatchObject({ caseId: first.id, actor: supervisor });
    expect(event?.changes).toEqual([
      { path: 'filter', before: null, after: { kind: 'case', caseId: first.id } },
      { path: 'rowCount', before: null, after: 1 },
      { path: 'references', before: null, after: [first.reference] },
      { path: 'pseudonymised', before: null, after: true },
    ]);
  });

  it('a list filter: exactly its cases in reference order, recorded with the filter and the count', async () => {
    const filter = { nationality: cases[0]?.nationalities[0]?.country ?? 'AL' };
    const expected = cases
      .filter((caseFile) => caseFile.nationalities.some((nationality) => nationality.country === filter.nationality))
      .map((caseFile) => caseFile.reference)
      .sort();
    const result = await store.cases.readCasesForPrint(administrator, { selection: { kind: 'filter', filter }, pseudonymised: false });
    expect(result.status === 'ready' && result.cases.map((record) => record.caseFile.reference)).toEqual(expected);
    const [event] = await pdfEvents();
    expect(event?.changes.find((change) => change.path === 'rowCount')?.after).toBe(expected.length);
    expect(event?.changes.find((change) => change.path === 'filter')?.after).toEqual({ kind: 'filter', filter });
  });

  it('a selection above the cap is refused with its size, before anything is recorded', async () => {
    const result = await store.cases.readCasesForPrint(supervisor, { selection: { kind: 'filter', filter: {} }, pseudonymised: false, cap: 12 });
    expect(result).toEqual({ status: 'tooMany', count: 30, cap: 12 });
    expect(await pdfEvents()).toHaveLength(0);
  });

  it('a figure: the cases its rule selects, the rule the Reports page counted with', async () => {
    const figure: FigureFilter = { key: { figure: 'pending' }, period: { from: '2020-01-01', to: '2026-11-23' }, asOf: '2026-11-23' };
    const expected = cases.filter((caseFile) => caseMatchesFigureFilter(caseFile, figure)).map((caseFile) => caseFile.reference);
    expect(expected.length).toBeGreaterThan(0);
    const result = await store.cases.readCasesForPrint(supervisor, { selection: { kind: 'figure', filter: figure }, pseudonymised: false });
    expect(result.status === 'ready' && result.cases.map((record) => record.caseFile.reference)).toEqual([...expected].sort());
    const capped = await store.cases.readCasesForPrint(supervisor, { selection: { kind: 'figure', filter: figure }, pseudonymised: false, cap: 1 });
    expect(capped).toEqual(expected.length > 1 ? { status: 'tooMany', count: expected.length, cap: 1 } : expect.objectContaining({ status: 'ready' }));
  });
});
