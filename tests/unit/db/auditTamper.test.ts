import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/model/actor';
import { hashAuditEvent } from '../../../renderer/src/db/auditChain';
import type { StoredAuditEvent } from '../../../renderer/src/db/auditEventRecord';
import { forgetAuditHead, AUDIT_HEAD_KEY } from '../../../renderer/src/db/auditedWrite';
import { forgetSecret } from '../../../renderer/src/db/auditKey';
import { readCheckpoint, writeCheckpoint } from '../../../renderer/src/db/auditAnchor';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCase, generateCases } from '../../bench/caseGenerator';
import { asWrittenBeforeEncryption, openTestStore } from './testStore';

/**
 * Issue 13's tamper suite: someone with the browser profile edits IndexedDB directly. Each
 * case is one way of hiding or forging a change; every one must be found by
 * verifyAuditTrail, which names the first broken event (and the case, when it is a case).
 */
const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function signedInStore(factory = new IDBFactory()) {
  const store = openTestStore('production', { factory });
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const admin = await store.users.authenticate('tom', 'correct horse battery');
  await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  const an = await store.users.authenticate('an', 'another long password');
  return { store, admin, an };
}

/** Two created cases, each assigned three times, plus an import of five: a trail of a dozen events. */
async function storeWithHistory() {
  const { store, admin, an } = await signedInStore();
  const caseIds: string[] = [];
  for (const seed of [1, 2]) {
    let caseFile = await store.cases.create(an, generateCase(seed, 11));
    for (let i = 0; i < 3; i++) {
      ({ caseFile } = await store.cases.applyAction(an, {
        caseId: caseFile.id,
        expectedVersion: caseFile.version,
        actionId: 'assign',
        input: { assigneeId: `user-${i}` },
      }));
    }
    caseIds.push(caseFile.id);
  }
  await store.cases.importCases(an, generateCases(10, 5, 3));
  return { store, admin, an, caseIds };
}

async function events(store: WorkspaceStore): Promise<StoredAuditEvent[]> {
  return store.db.audit.orderBy('sequence').toArray();
}

/** What an attacker does after changing an event: recompute its hash and every later link, and the recorded head. */
async function rehashFrom(store: WorkspaceStore, trail: StoredAuditEvent[], from: number): Promise<void> {
  let previousHash = trail[from - 2]?.hash ?? '0'.repeat(64);
  for (const event of trail.slice(from - 1)) {
    const { hash: _hash, ...content } = { ...event, previousHash };
    const rehashed = { ...content, hash: hashAuditEvent(content) };
    await store.db.audit.put(rehashed);
    previousHash = rehashed.hash;
  }
  const last = trail[trail.length - 1];
  if (last) await store.db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: last.sequence, hash: previousHash } });
  forgetAuditHead(store.db);
}

describe('audit trail verification', () => {
  it('verifies an untouched trail up to its last event, anchored outside the database', async () => {
    const { store, admin } = await storeWithHistory();
    const total = await store.db.audit.count();
    const report = await store.auditLog.verifyAuditTrail(admin);
    expect(report).toMatchObject({ ok: true, verifiedUpTo: total, events: total, anchor: 'verified', anchoredUpTo: total, uncheckedCases: 0 });
  });

  it('names its result with message keys, and is refused to caseworkers', async () => {
    const { store, an } = await storeWithHistory();
    await expect(store.auditLog.verifyAuditTrail(an)).rejects.toThrow(/supervisor or an administrator/);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ messageKey: 'trust.audit.verified' });
  });
});

describe('tampering found by verifyAuditTrail', () => {
  it('edit one event', async () => {
    const { store } = await storeWithHistory();
    const target = (await events(store))[4];
    if (!target) throw new Error('no event 5');
    await store.db.audit.put({ ...target, actor: { ...target.actor, displayName: 'Somebody Else' } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({
      ok: false,
      brokenAt: 5,
      problem: 'edited',
      caseId: target.caseId,
      messageKey: 'trust.audit.broken.edited',
    });
  });

  it('delete one event in the middle', async () => {
    const { store } = await storeWithHistory();
    await store.db.audit.delete(6);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, brokenAt: 6, problem: 'missing' });
  });

  it('delete the tail and rewrite the head', async () => {
    const { store } = await storeWithHistory();
    const trail = await events(store);
    const keep = trail.length - 3;
    await store.db.audit.bulkDelete(trail.slice(keep).map((event) => event.sequence));
    const newLast = trail[keep - 1];
    if (!newLast) throw new Error('trail too short');
    await store.db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: newLast.sequence, hash: newLast.hash } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, brokenAt: keep + 1, problem: 'anchor' });
  });

  it('edit an event and rehash every event after it', async () => {
    const { store } = await storeWithHistory();
    const trail = await events(store);
    const target = trail[3];
    if (!target) throw new Error('no event 4');
    trail[3] = { ...target, reason: 'rewritten afterwards' };
    await rehashFrom(store, trail, 4);
    const report = await store.auditLog.verifyAuditTrail();
    expect(report).toMatchObject({ ok: false, problem: 'anchor', brokenAt: trail.length });
  });

  it('clear the audit store (and its head)', async () => {
    const { store } = await storeWithHistory();
    await store.db.audit.clear();
    await store.db.meta.delete(AUDIT_HEAD_KEY);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, brokenAt: 1, problem: 'anchor' });
  });

  it('edit a case record without an event', async () => {
    const { store, caseIds } = await storeWithHistory();
    const [caseId] = caseIds;
    const row = caseId ? await store.db.cases.get(caseId) : undefined;
    if (!row) throw new Error('case missing');
    const [identity] = row.caseFile.identities;
    if (!identity) throw new Error('no identity');
    await store.db.cases.put({ ...row, caseFile: { ...row.caseFile, identities: [{ ...identity, familyName: 'Forged' }] } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'case', caseId });
  });

  it('edit an imported case record without an event (sealed under the key)', async () => {
    const { store } = await storeWithHistory();
    const imported = (await store.db.cases.toArray()).find((row) => row.auditSeal);
    if (!imported) throw new Error('no sealed case');
    await store.db.cases.put({ ...imported, caseFile: { ...imported.caseFile, stage: 'CLOSED' } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'case', caseId: imported.id });
    // Removing the seal is no way out either.
    const { auditSeal: _seal, ...unsealed } = imported;
    await store.db.cases.put({ ...unsealed, caseFile: { ...imported.caseFile, stage: 'CLOSED' } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'case', caseId: imported.id });
  });

  it('restore an older copy of the whole database', async () => {
    const { store, an, caseIds } = await storeWithHistory();
    const { db } = store;
    const tables = [db.cases, db.audit, db.counts, db.users, db.meta, db.keyWraps, db.signInAttempts, db.sessionState] as const;
    const older = await Promise.all(tables.map((table) => table.toArray()));
    const [caseId] = caseIds;
    if (!caseId) throw new Error('no case');
    const current = await store.cases.get(an, caseId);
    await store.cases.applyAction(an, { caseId, expectedVersion: current.version, actionId: 'assign', input: { assigneeId: 'user-later' } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true });
    // The profile's database files are replaced by the older copy (the anchor's database is not part of it).
    await db.transaction('rw', [...tables], async () => {
      for (const [index, table] of tables.entries()) {
        await table.clear();
        await (table as typeof db.meta).bulkPut((older[index] ?? []) as never[]);
      }
    });
    forgetAuditHead(db);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'anchor' });
  });

  it('forge the anchor', async () => {
    const { store } = await storeWithHistory();
    const checkpoint = await readCheckpoint(store.db);
    if (!checkpoint) throw new Error('no anchor');
    await writeCheckpoint(store.db, { ...checkpoint, sequence: checkpoint.sequence + 5 });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'anchor' });
  });
});

describe('keys and migration', () => {
  it('re-anchors an existing unkeyed trail once, at the first sign-in, and keeps its old events verifying', async () => {
    const factory = new IDBFactory();
    const store = openTestStore('production', { factory });
    stores.push(store);
    // A database from before the workspace key: accounts and events, no key wraps, no anchor.
    const legacyImporter: Actor = { userId: 'system', displayName: 'Import', role: 'supervisor' };
    await store.cases.importCases(legacyImporter, generateCases(0, 4, 2));
    await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    await asWrittenBeforeEncryption(store);
    await store.db.keyWraps.clear();
    forgetSecret(store.db);
    const before = await store.auditLog.verifyAuditTrail();
    expect(before).toMatchObject({ ok: true, events: 2, uncheckedCases: 4 });

    await store.users.authenticate('tom', 'correct horse battery');
    const trail = await events(store);
    expect(trail.map((event) => event.action)).toEqual(['case.imported', 'user.created', 'audit.keyed', 'signIn.succeeded']);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true, events: 4, anchor: 'verified', uncheckedCases: 0 });
    // Once only: the next sign-in unwraps the same key.
    await store.users.authenticate('tom', 'correct horse battery');
    expect((await events(store)).filter((event) => event.action === 'audit.keyed')).toHaveLength(1);
  });

  it('a wrong password cannot unwrap the key; a window without the key still checks the chain and the cases', async () => {
    const { store, caseIds } = await storeWithHistory();
    forgetSecret(store.db);
    await expect(store.users.authenticate('an', 'not the password at all')).rejects.toThrow();
    const report = await store.auditLog.verifyAuditTrail();
    expect(report).toMatchObject({ ok: true, anchor: 'keyLocked', uncheckedCases: 5 });
    const [caseId] = caseIds;
    const row = caseId ? await store.db.cases.get(caseId) : undefined;
    if (!row) throw new Error('case missing');
    await store.db.cases.put({ ...row, caseFile: { ...row.caseFile, stage: 'CLOSED' } });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'case', caseId });
  });

  it('wraps the key for each account: another account, and a changed password, unwrap the same key', async () => {
    const { store, admin } = await storeWithHistory();
    const wraps = await store.db.keyWraps.toArray();
    expect(wraps).toHaveLength(2);
    expect(new Set(wraps.map((wrap) => wrap.keyId)).size).toBe(1);
    for (const wrap of wraps) expect(JSON.stringify(wrap)).not.toMatch(/correct horse|another long/);
    const an = (await store.users.list(admin)).find((user) => user.username === 'an');
    if (!an) throw new Error('no account');
    await store.users.setPassword(admin, an.id, 'a brand new password');
    forgetSecret(store.db);
    await store.users.authenticate('an', 'a brand new password');
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true, anchor: 'verified' });
  });
});
