import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, PermissionError } from '../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCase } from '../../bench/caseGenerator';
import { administrator, caseworker, openTestStore, otherCaseworker, otherSupervisor, snapshot, supervisor, trainer } from './testStore';

let store: WorkspaceStore;
afterEach(() => store.close());

async function storeWithCase(workspace: 'production' | 'training' = 'production') {
  store = openTestStore(workspace);
  const caseFile = await store.cases.create(workspace === 'training' ? trainer : caseworker, generateCase(1, 7, { training: workspace === 'training' }));
  return caseFile;
}

describe('optimistic concurrency', () => {
  it('refuses a stale update and names who changed the case and when', async () => {
    const opened = await storeWithCase();
    // Two windows opened the case at the same version; An saves first.
    await store.cases.applyAction(caseworker, {
      caseId: opened.id,
      expectedVersion: opened.version,
      actionId: 'assign',
      input: { assigneeId: 'user-caseworker-9' },
    });
    const before = await snapshot(store);
    const attempt = store.cases.applyAction(otherCaseworker, {
      caseId: opened.id,
      expectedVersion: opened.version,
      actionId: 'assign',
      input: { assigneeId: 'user-caseworker-5' },
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ConflictError;
    expect(error.changedBy).toBe('An Peeters');
    expect(error.message).toContain('An Peeters');
    // The test clock is shared by the files of one thread (isolate: false), so only the day is fixed.
    expect(error.message).toMatch(/2026-11-23T\d\d:\d\d:\d\d/);
    expect(error.actualVersion).toBe(opened.version + 1);
    expect(await snapshot(store)).toEqual(before);
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const opened = await storeWithCase();
    const results = await Promise.allSettled([
      store.cases.applyAction(caseworker, { caseId: opened.id, expectedVersion: opened.version, actionId: 'assign', input: { assigneeId: 'a' } }),
      store.cases.applyAction(otherCaseworker, { caseId: opened.id, expectedVersion: opened.version, actionId: 'assign', input: { assigneeId: 'b' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError);
    expect((await store.cases.get(caseworker, opened.id)).version).toBe(opened.version + 1);
    expect(await store.db.audit.filter((event) => event.action === 'assign').count()).toBe(1);
  });
});

describe('action and audit event commit together', () => {
  it('writes neither the case nor the counts when writing the audit event fails', async () => {
    const opened = await storeWithCase();
    const before = await snapshot(store);
    // Inject a failure after the case row is written, when the audit event is added.
    store.db.audit.hook('creating', () => {
      throw new Error('disk full (injected)');
    });
    await expect(
      store.cases.applyAction(caseworker, { caseId: opened.id, expectedVersion: 1, actionId: 'assign', input: { assigneeId: 'x' } }),
    ).rejects.toThrow('disk full');
    expect(await snapshot(store)).toEqual(before);
  });

  it('writes no audit event when writing the case fails', async () => {
    const opened = await storeWithCase();
    const before = await snapshot(store);
    vi.spyOn(store.db.cases, 'put').mockRejectedValue(new Error('quota exceeded (injected)'));
    await expect(
      store.cases.applyAction(caseworker, { caseId: opened.id, expectedVersion: 1, actionId: 'assign', input: { assigneeId: 'x' } }),
    ).rejects.toThrow('quota exceeded');
    expect(await snapshot(store)).toEqual(before);
  });

  it('stores the event with the changed fields before and after', async () => {
    const opened = await storeWithCase();
    const { event, caseFile } = await store.cases.applyAction(caseworker, {
      caseId: opened.id,
      expectedVersion: 1,
      actionId: 'assign',
      input: { assigneeId: 'user-caseworker-9' },
    });
    expect(caseFile.version).toBe(2);
    expect(event.changes).toEqual([{ path: 'assigneeId', before: opened.assigneeId, after: 'user-caseworker-9' }]);
    expect(event.sequence).toBe(2);
    expect(event.actor).toEqual(caseworker);
    expect(await store.db.audit.get(event.sequence)).toEqual(event);
  });
});

describe('permissions are enforced in the repositories', () => {
  it('refuses a caseworker approving, and writes nothing', async () => {
    const opened = await storeWithCase();
    const { caseFile } = await store.cases.applyAction(caseworker, { caseId: opened.id, expectedVersion: 1, actionId: 'propose-removal', input: {} });
    const approvalId = caseFile.pendingApprovals[0]?.id;
    const before = await snapshot(store);
    await expect(
      store.cases.applyAction(otherCaseworker, { caseId: opened.id, expectedVersion: 2, actionId: 'approve', input: { approvalId } }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses a supervisor approving their own four-eyes proposal, and lets another supervisor approve', async () => {
    const opened = await storeWithCase();
    const { caseFile } = await store.cases.applyAction(supervisor, { caseId: opened.id, expectedVersion: 1, actionId: 'propose-removal', input: {} });
    const approvalId = caseFile.pendingApprovals[0]?.id;
    const before = await snapshot(store);
    const own = store.cases.applyAction(supervisor, { caseId: opened.id, expectedVersion: 2, actionId: 'approve', input: { approvalId } });
    await expect(own).rejects.toThrow(/four-eyes/);
    expect(await snapshot(store)).toEqual(before);
    const approved = await store.cases.applyAction(otherSupervisor, { caseId: opened.id, expectedVersion: 2, actionId: 'approve', input: { approvalId } });
    expect(approved.caseFile.stage).toBe('REMOVAL_SCHEDULED');
  });

  it('refuses exports, backups and account management to a caseworker, and writes nothing', async () => {
    await storeWithCase();
    const before = await snapshot(store);
    await expect(store.auditLog.recordExport(caseworker, { kind: 'csv', count: 10 })).rejects.toBeInstanceOf(PermissionError);
    await expect(
      store.users.createUser(caseworker, { username: 'eve', displayName: 'Eve', role: 'administrator', password: 'a long enough password' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(store.users.list(caseworker)).rejects.toBeInstanceOf(PermissionError);
    await expect(store.settings.update(caseworker, { sessionIdleMinutes: 60 })).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
    await expect(store.auditLog.recordExport(supervisor, { kind: 'csv', count: 10 })).resolves.toMatchObject({ action: 'export.csv' });
  });

  it('keeps trainers out of the production workspace and lets them work in training', async () => {
    await storeWithCase();
    const before = await snapshot(store);
    await expect(store.cases.create(trainer, generateCase(2, 7))).rejects.toThrow(/training workspace/);
    await expect(store.cases.list(trainer)).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
    store.close();
    const training = await storeWithCase('training');
    expect((await store.cases.get(trainer, training.id)).training).toBe(true);
  });

  it('refuses to store a demo case in production or a real case in training', async () => {
    store = openTestStore('training');
    await expect(store.cases.create(trainer, generateCase(3, 7))).rejects.toBeInstanceOf(PermissionError);
    expect(await store.db.cases.count()).toBe(0);
  });

  it('lets administrators manage but not edit cases', async () => {
    await storeWithCase();
    await expect(store.cases.create(administrator, generateCase(4, 7))).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('viewing is audited', () => {
  it('records who opened which case file', async () => {
    const created = await storeWithCase();
    await store.cases.open(otherCaseworker, created.id);
    const page = await store.auditLog.eventsForCase(supervisor, created.id);
    expect(page.events[0]).toMatchObject({ action: 'case.viewed', caseId: created.id, actor: otherCaseworker });
  });
});
