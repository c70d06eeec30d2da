import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDashboardAccumulator } from '../../../../shared/reports';
import { PermissionError } from '../../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../../renderer/src/db/workspaces';
import { generateCases } from '../../../bench/caseGenerator';
import { caseworker, openTestStore, supervisor } from '../../db/testStore';

let store: WorkspaceStore;

beforeEach(async () => {
  store = openTestStore('production');
  await store.cases.importCases(supervisor, generateCases(0, 130, 7));
});
afterEach(() => store.close());

describe('the repository streams every case in key-ordered chunks', () => {
  it('hands every case once, in id order, in chunks of the size asked', async () => {
    const chunks: string[][] = [];
    const read = await store.cases.streamCases(supervisor, { chunkSize: 50 }, (rows) => void chunks.push(rows.map((row) => row.id)));
    expect(read).toBe(130);
    expect(chunks.map((chunk) => chunk.length)).toEqual([50, 50, 30]);
    const ids = chunks.flat();
    expect(new Set(ids).size).toBe(130);
    expect(ids).toEqual([...ids].sort());
  });

  it('a chunked dashboard equals the dashboard over the whole array', async () => {
    const period = { from: '2020-01-01', to: '2026-11-23' };
    const accumulator = createDashboardAccumulator(period, '2026-11-23');
    await store.cases.streamCases(supervisor, { chunkSize: 17 }, (rows) => accumulator.add(rows.map((row) => row.caseFile)));
    const all = await store.cases.streamCases(supervisor, { chunkSize: 1_000 }, () => undefined);
    expect(all).toBe(130);
    const whole = createDashboardAccumulator(period, '2026-11-23');
    const cases: Parameters<typeof whole.add>[0][number][] = [];
    await store.cases.streamCases(supervisor, {}, (rows) => void cases.push(...rows.map((row) => row.caseFile)));
    whole.add(cases);
    expect(accumulator.result()).toEqual(whole.result());
  });

  it('refuses an export read to a caseworker (the store, not only the page)', async () => {
    await expect(store.cases.streamCases(caseworker, { permission: 'case.export' }, () => undefined)).rejects.toBeInstanceOf(PermissionError);
    await expect(store.cases.streamCases(supervisor, { permission: 'case.export', chunkSize: 500 }, () => undefined)).resolves.toBe(130);
  });

  it('stops when the reader aborts', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const reading = store.cases.streamCases(
      supervisor,
      { chunkSize: 10 },
      () => {
        chunks += 1;
        if (chunks === 2) controller.abort(new Error('cancelled'));
      },
      controller.signal,
    );
    await expect(reading).rejects.toThrow('cancelled');
    expect(chunks).toBe(2);
  });
});

describe('a case export is recorded in the audit trail', () => {
  const record = {
    format: 'csv' as const,
    fileName: 'cases.csv',
    filter: { key: { figure: 'pending' } },
    columns: ['reference', 'stage'],
    rowCount: 130,
    sha256: 'a'.repeat(64),
    pseudonymised: true,
  };

  it('with its filter, columns, row count and hash, for a supervisor', async () => {
    await store.cases.recordCaseExport(supervisor, record);
    const events = await store.db.audit.filter((event) => event.action === 'export.cases').toArray();
    expect(events).toHaveLength(1);
    expect(events[0]?.actor.userId).toBe(supervisor.userId);
    expect(events[0]?.subject).toBe('CSV 130 row(s), file cases.csv, pseudonymised');
    expect(Object.fromEntries((events[0]?.changes ?? []).map((change) => [change.path, change.after]))).toEqual({
      filter: record.filter,
      columns: record.columns,
      rowCount: 130,
      sha256: record.sha256,
      pseudonymised: true,
    });
    expect((await store.auditLog.verifyAuditChain(supervisor)).ok).toBe(true);
  });

  it('refused to a caseworker, and nothing is written', async () => {
    await expect(store.cases.recordCaseExport(caseworker, record)).rejects.toBeInstanceOf(PermissionError);
    expect(await store.db.audit.filter((event) => event.action === 'export.cases').count()).toBe(0);
  });
});
