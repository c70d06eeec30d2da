import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCase } from '../../bench/caseGenerator';
import { caseworker, openTestStore, supervisor } from './testStore';

let store: WorkspaceStore;
afterEach(() => store.close());

/** A database with a case and `actions` assignments: 1 + actions events, plus a view. */
async function storeWithHistory(actions: number) {
  store = openTestStore();
  let caseFile = await store.cases.create(caseworker, generateCase(1, 11));
  for (let i = 0; i < actions; i++) {
    ({ caseFile } = await store.cases.applyAction(caseworker, {
      caseId: caseFile.id,
      expectedVersion: caseFile.version,
      actionId: 'assign',
      input: { assigneeId: `user-${i}` },
    }));
  }
  await store.cases.open(supervisor, caseFile.id);
  return caseFile;
}

describe('audit hash chain', () => {
  it('verifies an untouched trail', async () => {
    await storeWithHistory(6);
    const report = await store.auditLog.verifyAuditChain(supervisor);
    expect(report).toMatchObject({ ok: true, events: 8 });
  });

  it('keeps one unbroken chain when two windows append in turn, each after the other moved the head', async () => {
    const factory = new IDBFactory();
    store = openTestStore('production', { factory });
    const otherWindow = openTestStore('production', { factory });
    try {
      let caseFile = await store.cases.create(caseworker, generateCase(1, 11));
      await otherWindow.cases.open(supervisor, caseFile.id);
      // This window still knows the head it wrote (#1); the other window has moved it to #2.
      ({ caseFile } = await store.cases.applyAction(caseworker, {
        caseId: caseFile.id,
        expectedVersion: caseFile.version,
        actionId: 'assign',
        input: { assigneeId: 'user-caseworker-3' },
      }));
      await otherWindow.cases.open(supervisor, caseFile.id);
      const events = await store.db.audit.orderBy('sequence').toArray();
      expect(events.map((event) => [event.sequence, event.action])).toEqual([
        [1, 'case.created'],
        [2, 'case.viewed'],
        [3, 'assign'],
        [4, 'case.viewed'],
      ]);
      expect(await store.auditLog.verifyAuditChain(supervisor)).toMatchObject({ ok: true, events: 4 });
      expect((await otherWindow.cases.get(supervisor, caseFile.id)).assigneeId).toBe('user-caseworker-3');
    } finally {
      otherWindow.close();
    }
  });

  it('lands every one of many simultaneous writes of two windows: a first try that finds the head moved waits its turn', async () => {
    const factory = new IDBFactory();
    store = openTestStore('production', { factory });
    const otherWindow = openTestStore('production', { factory });
    try {
      const caseFile = await store.cases.create(caseworker, generateCase(1, 11));
      // Each window's first try goes without the lock (auditedWrite.ts); most of these find the
      // head moved by the other window and are then written under the lock, none is lost.
      await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? store : otherWindow).cases.open(supervisor, caseFile.id)));
      const events = await store.db.audit.orderBy('sequence').toArray();
      expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: 21 }, (_, index) => index + 1));
      expect(events.filter((event) => event.action === 'case.viewed')).toHaveLength(20);
      expect(await store.auditLog.verifyAuditChain(supervisor)).toMatchObject({ ok: true, events: 21 });
    } finally {
      otherWindow.close();
    }
  });

  it('chains each event to the previous one with SHA-256', async () => {
    await storeWithHistory(2);
    const events = await store.db.audit.orderBy('sequence').toArray();
    expect(events.map((event) => event.sequence)).toEqual([1, 2, 3, 4]);
    expect(events[0]?.previousHash).toBe('0'.repeat(64));
    for (let i = 1; i < events.length; i++) expect(events[i]?.previousHash).toBe(events[i - 1]?.hash);
    for (const event of events) expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects an edit of any past event at that event', async () => {
    await storeWithHistory(5);
    const total = await store.db.audit.count();
    for (let sequence = 1; sequence <= total; sequence++) {
      const original = await store.db.audit.get(sequence);
      if (!original) throw new Error(`event ${sequence} missing`);
      // Someone with the developer tools rewrites who did it.
      await store.db.audit.put({ ...original, actor: { ...original.actor, displayName: 'Somebody Else' } });
      const report = await store.auditLog.verifyAuditChain();
      expect(report).toMatchObject({ ok: false, brokenAt: sequence, problem: 'edited' });
      await store.db.audit.put(original);
    }
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it('detects an edit that also recomputes the edited event’s own hash, at the next event', async () => {
    await storeWithHistory(3);
    const { hashAuditEvent } = await import('../../../renderer/src/db/auditChain');
    const original = await store.db.audit.get(2);
    if (!original) throw new Error('event 2 missing');
    const { hash: _hash, ...content } = { ...original, reason: 'rewritten' };
    await store.db.audit.put({ ...content, hash: hashAuditEvent(content) });
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: false, brokenAt: 3, problem: 'relinked' });
  });

  it('detects a deleted event and deleted events at the end', async () => {
    await storeWithHistory(4);
    await store.db.audit.delete(3);
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: false, brokenAt: 3, problem: 'missing' });
    store.close();
    await storeWithHistory(4);
    await store.db.audit.bulkDelete([5, 6]);
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: false, brokenAt: 5, problem: 'truncated' });
  });

  it('refuses chain checks to caseworkers', async () => {
    await storeWithHistory(1);
    await expect(store.auditLog.verifyAuditChain(caseworker)).rejects.toThrow(/supervisor or an administrator/);
  });
});
