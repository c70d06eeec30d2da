import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/model/actor';
import { openAccountWrap } from '../../../renderer/src/db/auditKey';
import { DATA_KEY_TRANSIT, unwrapDataKeyOfAccount } from '../../../renderer/src/db/dataKey';
import { AuthenticationError, PasswordChangeRequiredError, WorkspaceLockedError } from '../../../renderer/src/db/errors';
import type { IntakeDraft } from '../../../renderer/src/db/intakeDraftRecord';
import { heldDataKey } from '../../../renderer/src/db/workspaceKeyring';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { asWrittenBeforeEncryption, openTestStore } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

const ADMIN_PASSWORD = 'correct horse battery';
const AN_PASSWORD = 'an long password 1';
const BO_PASSWORD = 'bo long password 2';
const SENTINEL = 'Zqxwvkyhelmsentinel';

function draftNamed(familyName: string): IntakeDraft {
  return { savedAt: '2026-12-03T09:00:00.000Z', step: 1, values: { identity: { primaryName: { familyName, givenNames: 'Ardit' } } } };
}

/** A workspace with its first administrator and two caseworkers, nobody signed in (the window holds no key). */
async function workspace(): Promise<{ store: WorkspaceStore; admin: Actor; an: Actor; bo: Actor }> {
  // A clock of its own: the shared test clock is read by files that run after this one in the same thread.
  const store = openTestStore('production', { now: () => new Date() });
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: ADMIN_PASSWORD });
  const admin = await store.users.authenticate('tom', ADMIN_PASSWORD);
  await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: AN_PASSWORD });
  await store.users.createUser(admin, { username: 'bo', displayName: 'Bo Maes', role: 'caseworker', password: BO_PASSWORD });
  await store.users.endSession(admin.userId);
  const an = await store.users.authenticate('an', AN_PASSWORD);
  await store.users.endSession(an.userId);
  const bo = await store.users.authenticate('bo', BO_PASSWORD);
  await store.users.endSession(bo.userId);
  return { store, admin, an, bo };
}

/** Signs in, and returns the id of the data key the sign-in put in memory. */
async function signIn(store: WorkspaceStore, username: string, password: string): Promise<{ actor: Actor; keyId: string | undefined }> {
  const actor = await store.users.authenticate(username, password);
  return { actor, keyId: heldDataKey(store.db)?.keyId };
}

describe('the workspace data key', () => {
  it('is one key for every account, created with the workspace, and held only after a sign-in', async () => {
    const { store, an } = await workspace();
    expect(heldDataKey(store.db)).toBeUndefined();
    const wraps = await store.db.keyWraps.toArray();
    expect(wraps).toHaveLength(3);
    const keyIds = new Set(wraps.map((row) => row.dataKey?.keyId));
    expect(keyIds.size).toBe(1);
    expect([...keyIds][0]).toEqual(expect.any(String));

    const signedIn = await signIn(store, 'an', AN_PASSWORD);
    expect(signedIn.keyId).toBe([...keyIds][0]);
    const held = heldDataKey(store.db);
    // Non-extractable: its bytes cannot be read back from the CryptoKey.
    expect(held?.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', held?.key as CryptoKey)).rejects.toThrow();
    await store.users.endSession(an.userId);
    expect(heldDataKey(store.db)).toBeUndefined();
  });

  it('a wrong password cannot unwrap it, and one account’s key cannot open another’s wrap', async () => {
    const { store, admin, an } = await workspace();
    await expect(store.users.authenticate('an', 'not the password at all')).rejects.toBeInstanceOf(AuthenticationError);
    expect(heldDataKey(store.db)).toBeUndefined();

    const anWrap = await store.db.keyWraps.get(an.userId);
    const adminWrap = await store.db.keyWraps.get(admin.userId);
    if (!anWrap?.dataKey || !adminWrap) throw new Error('wraps missing');
    expect(await openAccountWrap(store.db, anWrap, 'not the password at all')).toBeUndefined();
    // The administrator's own password-derived key does not open An's copy (the wrap names its account).
    const adminOpened = await openAccountWrap(store.db, adminWrap, ADMIN_PASSWORD);
    if (!adminOpened) throw new Error('the administrator’s wrap did not open');
    await expect(unwrapDataKeyOfAccount(anWrap.dataKey, an.userId, adminOpened.wrappingKey)).rejects.toThrow();
    // The right password does.
    const anOpened = await openAccountWrap(store.db, anWrap, AN_PASSWORD);
    if (!anOpened) throw new Error('An’s wrap did not open');
    await expect(unwrapDataKeyOfAccount(anWrap.dataKey, an.userId, anOpened.wrappingKey)).resolves.toMatchObject({ keyId: anWrap.dataKey.keyId });
  });

  it('a password change keeps every other account working, with the same key', async () => {
    const { store, an } = await workspace();
    const before = await signIn(store, 'an', AN_PASSWORD);
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    await store.users.setPassword(an, an.userId, 'an new password 99');
    await store.users.endSession(an.userId);

    await expect(store.users.authenticate('an', AN_PASSWORD)).rejects.toBeInstanceOf(AuthenticationError);
    const anAgain = await signIn(store, 'an', 'an new password 99');
    expect(anAgain.keyId).toBe(before.keyId);
    expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
    await store.users.endSession(an.userId);

    for (const [username, password] of [
      ['tom', ADMIN_PASSWORD],
      ['bo', BO_PASSWORD],
    ] as const) {
      const other = await signIn(store, username, password);
      expect(other.keyId, username).toBe(before.keyId);
      // The same key: what An sealed opens in their session (read through the store with An's id).
      expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
      await store.users.endSession(other.actor.userId);
    }
  });

  it('an administrator’s reset wraps it under the temporary password, and the forced change rewraps it', async () => {
    const { store, admin, an } = await workspace();
    const anFirst = await signIn(store, 'an', AN_PASSWORD);
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    await store.users.endSession(an.userId);

    await signIn(store, 'tom', ADMIN_PASSWORD);
    await store.users.resetPassword(admin, an.userId, 'temporary password 1');
    await store.users.endSession(admin.userId);

    await expect(store.users.authenticate('an', 'temporary password 1')).rejects.toBeInstanceOf(PasswordChangeRequiredError);
    expect(heldDataKey(store.db)).toBeUndefined();
    const changed = await store.users.completePasswordChange('an', 'temporary password 1', 'an chosen password 7');
    expect(heldDataKey(store.db)?.keyId).toBe(anFirst.keyId);
    expect(await store.intakeDrafts.load(changed)).toEqual(draftNamed(SENTINEL));
    await store.users.endSession(an.userId);

    // Only the chosen password opens An's wrap now.
    const wrap = await store.db.keyWraps.get(an.userId);
    if (!wrap) throw new Error('wrap missing');
    expect(await openAccountWrap(store.db, wrap, 'temporary password 1')).toBeUndefined();
    expect((await signIn(store, 'an', 'an chosen password 7')).keyId).toBe(anFirst.keyId);
  });

  it('locking the screen drops it at once: a draft read or save while locked fails; the password brings it back', async () => {
    const { store, an } = await workspace();
    await signIn(store, 'an', AN_PASSWORD);
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));

    const locking = store.users.lockSession(an.userId);
    // Dropped before the lock's own write completes.
    expect(heldDataKey(store.db)).toBeUndefined();
    await locking;
    await expect(store.intakeDrafts.load(an)).rejects.toMatchObject({ name: 'WorkspaceLockedError', reason: 'locked' });
    await expect(store.intakeDrafts.save(an, draftNamed('Other'))).rejects.toBeInstanceOf(WorkspaceLockedError);

    expect(await store.users.verifyUnlock(an.userId, 'wrong password here')).toMatchObject({ status: 'wrongPassword' });
    expect(heldDataKey(store.db)).toBeUndefined();
    expect(await store.users.verifyUnlock(an.userId, AN_PASSWORD)).toMatchObject({ status: 'unlocked' });
    expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
  });
});

describe('intake drafts under the data key', () => {
  it('stores no clear trace of the draft: fresh IV per write, bound to its owner; a discarded draft is deleted', async () => {
    const { store, an, bo } = await workspace();
    await signIn(store, 'an', AN_PASSWORD);
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    const first = await store.db.intakeDrafts.get(an.userId);
    const stored = JSON.stringify(first);
    for (const text of [SENTINEL, SENTINEL.toLowerCase(), SENTINEL.toUpperCase(), 'Ardit', 'familyName', 'savedAt']) expect(stored).not.toContain(text);
    expect(Object.keys(first ?? {}).sort()).toEqual(['ciphertext', 'iv', 'keyId', 'userId']);

    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    const second = await store.db.intakeDrafts.get(an.userId);
    expect(second && 'iv' in second ? second.iv : undefined).not.toBe(first && 'iv' in first ? first.iv : undefined);

    // Moved to another account's row, the ciphertext does not open (its owner is the additional data).
    if (second) await store.db.intakeDrafts.put({ ...second, userId: bo.userId });
    expect(await store.intakeDrafts.load(bo)).toBeUndefined();

    await store.intakeDrafts.discard(an);
    expect(await store.db.intakeDrafts.get(an.userId)).toBeUndefined();
  });

  it('seals a draft an earlier version kept in clear at its next read', async () => {
    const { store, an } = await workspace();
    await store.db.intakeDrafts.put({ userId: an.userId, ...draftNamed(SENTINEL) });
    await signIn(store, 'an', AN_PASSWORD);
    expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
    expect(JSON.stringify(await store.db.intakeDrafts.get(an.userId))).not.toContain(SENTINEL);
  });
});

describe('a database from before the data key', () => {
  it('gets one key at the first sign-in; every other account receives the same key at its own sign-in', async () => {
    const { store, admin, an, bo } = await workspace();
    // As the previous version left it: every account holds the secret, none a data key; rows in clear.
    await store.users.authenticate('tom', ADMIN_PASSWORD);
    await asWrittenBeforeEncryption(store);
    await store.users.endSession(admin.userId);
    await store.db.keyWraps.toCollection().modify((row) => {
      delete row.dataKey;
    });

    const first = await signIn(store, 'an', AN_PASSWORD);
    expect(first.keyId).toEqual(expect.any(String));
    expect((await store.db.audit.toArray()).filter((event) => event.action === 'dataKey.created')).toHaveLength(1);
    expect(await store.db.meta.get(DATA_KEY_TRANSIT)).toBeDefined();
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    await store.users.endSession(an.userId);

    const second = await signIn(store, 'tom', ADMIN_PASSWORD);
    expect(second.keyId).toBe(first.keyId);
    expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
    // Bo has not signed in yet: the transit copy stays for them.
    expect(await store.db.meta.get(DATA_KEY_TRANSIT)).toBeDefined();
    await store.users.endSession(admin.userId);

    expect((await signIn(store, 'bo', BO_PASSWORD)).keyId).toBe(first.keyId);
    await store.users.endSession(bo.userId);
    // Everyone holds it now: the copy under the secret is gone, and a sign-in opens it from the account's own wrap.
    expect(await store.db.meta.get(DATA_KEY_TRANSIT)).toBeUndefined();
    expect((await store.db.keyWraps.toArray()).every((row) => row.dataKey?.keyId === first.keyId)).toBe(true);
    expect((await signIn(store, 'an', AN_PASSWORD)).keyId).toBe(first.keyId);
    expect((await store.db.audit.toArray()).filter((event) => event.action === 'dataKey.created')).toHaveLength(1);
  });

  it('drops the transit copy once no active account waits for it', async () => {
    const { store, admin, an, bo } = await workspace();
    await store.users.authenticate('tom', ADMIN_PASSWORD);
    await asWrittenBeforeEncryption(store);
    await store.users.endSession(admin.userId);
    await store.db.keyWraps.toCollection().modify((row) => {
      delete row.dataKey;
    });
    await signIn(store, 'an', AN_PASSWORD);
    await store.users.endSession(an.userId);
    const tom = await signIn(store, 'tom', ADMIN_PASSWORD);
    expect(await store.db.meta.get(DATA_KEY_TRANSIT)).toBeDefined();
    // Bo, the only one still waiting, leaves: at the next sign-in nobody needs the copy under the secret.
    await store.users.setActive(tom.actor, bo.userId, false);
    await store.users.endSession(admin.userId);
    await signIn(store, 'tom', ADMIN_PASSWORD);
    expect(await store.db.meta.get(DATA_KEY_TRANSIT)).toBeUndefined();
  });
});
