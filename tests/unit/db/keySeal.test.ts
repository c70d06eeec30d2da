import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeySealHandlers } from '../../../main/ipc/handlers/keySealHandler';
import type { SafeStorageLike } from '../../../main/ipc/handlers/auditAnchorHandler';
import { registerIpcHandler } from '../../../main/ipc/registerIpcHandler';
import { openAccountWrap, unlockedSecret } from '../../../renderer/src/db/auditKey';
import { DATA_KEY_TRANSIT, openDataKeyInTransit, unwrapDataKeyOfAccount } from '../../../renderer/src/db/dataKey';
import { KeysBoundElsewhereError } from '../../../renderer/src/db/errors';
import type { IntakeDraft } from '../../../renderer/src/db/intakeDraftRecord';
import type { KeySealer, StoredDataKeyWrap } from '../../../renderer/src/db/keySeal';
import { heldDataKey } from '../../../renderer/src/db/workspaceKeyring';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { hostKeySealer } from '../../../renderer/src/host/keySealer';
import type { HostApi, IpcResult, SealKeyResult, UnsealKeyResult } from '../../../shared/ipc';
import { FakeIpcMain, topFrame } from '../ipc/fakeIpcMain';
import { openTestStore, rawRows } from './testStore';

/**
 * Issue 14, point 1: in Electron each account's data-key wrap is sealed once more with the
 * operating system's keychain (safeStorage), so the profile's files alone do not open it,
 * even with a weak password. Here the keychain of a "machine" is stood in for by a sealer
 * that, like safeStorage, opens only what it sealed itself (and throws otherwise).
 */
const ADMIN_PASSWORD = 'correct horse battery';
const AN_PASSWORD = 'an long password 1';
const SENTINEL = 'Zqxwvkyhelmsentinel';

function draftNamed(familyName: string): IntakeDraft {
  return { savedAt: '2026-12-03T09:00:00.000Z', step: 1, values: { identity: { primaryName: { familyName, givenNames: 'Ardit' } } } };
}

/** A machine's keychain: seals under its own mark; what another machine sealed throws, as safeStorage does. */
function machineKeychain(machine: string): KeySealer {
  const mark = `sealed-on-${machine}|`;
  return {
    async seal(wrapped: string) {
      return Buffer.from(mark + [...wrapped].reverse().join('')).toString('base64');
    },
    async unseal(sealed: string) {
      const text = Buffer.from(sealed, 'base64').toString('utf8');
      if (!text.startsWith(mark)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(mark.length)].reverse().join('');
    },
  };
}

/** Linux without a keyring: safeStorage has no key, every seal answers "unavailable". */
const noOsKey: KeySealer = {
  seal: async () => undefined,
  unseal: async () => {
    throw new KeysBoundElsewhereError('keychainUnavailable');
  },
};

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function open(factory: IDBFactory, keySealer?: KeySealer): WorkspaceStore {
  // A clock of its own: the shared test clock is read by files that run after this one in the same thread.
  const store = openTestStore('production', { factory, now: () => new Date(), ...(keySealer ? { keySealer } : {}) });
  stores.push(store);
  return store;
}

/** A workspace with an administrator and a caseworker, written on the given machine; nobody signed in at the end. */
async function workspaceOn(keySealer?: KeySealer, factory = new IDBFactory()) {
  const store = open(factory, keySealer);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: ADMIN_PASSWORD });
  const admin = await store.users.authenticate('tom', ADMIN_PASSWORD);
  const an = await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: AN_PASSWORD });
  await store.users.endSession(admin.userId);
  return { store, factory, adminId: admin.userId, anId: an.id };
}

/** Whether the stored data-key wrap opens with the account's password alone (what a copied profile offers). */
async function opensWithPasswordAlone(store: WorkspaceStore, userId: string, password: string): Promise<boolean> {
  const row = await store.db.keyWraps.get(userId);
  const opened = row ? await openAccountWrap(store.db, row, password) : undefined;
  if (!row?.dataKey || !opened) throw new Error('no wrap');
  return unwrapDataKeyOfAccount(row.dataKey, userId, opened.wrappingKey).then(
    () => true,
    () => false,
  );
}

describe('the data key sealed with the operating system’s keychain', () => {
  it('stores every account’s wrap sealed, not the password wrap, and signs in, unlocks and reads through it', async () => {
    const { store, adminId, anId } = await workspaceOn(machineKeychain('laptop-1'));
    for (const userId of [adminId, anId]) {
      const row = await store.db.keyWraps.get(userId);
      expect(row?.dataKey?.osSealed, userId).toBe(true);
      // The profile's files alone: even the right password does not open the stored form.
      expect(await opensWithPasswordAlone(store, userId, userId === adminId ? ADMIN_PASSWORD : AN_PASSWORD)).toBe(false);
    }

    const an = await store.users.authenticate('an', AN_PASSWORD);
    const keyId = heldDataKey(store.db)?.keyId;
    expect(keyId).toBe((await store.db.keyWraps.get(anId))?.dataKey?.keyId);
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    await store.users.lockSession(an.userId);
    expect(heldDataKey(store.db)).toBeUndefined();
    expect(await store.users.verifyUnlock(an.userId, AN_PASSWORD)).toMatchObject({ status: 'unlocked' });
    expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
    await store.users.endSession(an.userId);

    // The administrator reads the same key through their own sealed wrap.
    await store.users.authenticate('tom', ADMIN_PASSWORD);
    expect(heldDataKey(store.db)?.keyId).toBe(keyId);
    // What Settings → Keys on this computer says.
    expect(await store.users.keyProtection(anId)).toBe('osKeychain');
    expect(await store.users.keyProtection('nobody')).toBe('noKey');
  });

  it('seals the rewraps of a password change, a reset and the forced change after it', async () => {
    const { store, adminId, anId } = await workspaceOn(machineKeychain('laptop-1'));
    const an = await store.users.authenticate('an', AN_PASSWORD);
    await store.intakeDrafts.save(an, draftNamed(SENTINEL));
    await store.users.setPassword(an, anId, 'an new password 99');
    expect((await store.db.keyWraps.get(anId))?.dataKey?.osSealed).toBe(true);
    expect(await opensWithPasswordAlone(store, anId, 'an new password 99')).toBe(false);
    await store.users.endSession(anId);

    const admin = await store.users.authenticate('tom', ADMIN_PASSWORD);
    await store.users.resetPassword(admin, anId, 'temporary password 1');
    expect((await store.db.keyWraps.get(anId))?.dataKey?.osSealed).toBe(true);
    await store.users.endSession(adminId);

    const changed = await store.users.completePasswordChange('an', 'temporary password 1', 'an chosen password 7');
    expect((await store.db.keyWraps.get(anId))?.dataKey?.osSealed).toBe(true);
    expect(await store.intakeDrafts.load(changed)).toEqual(draftNamed(SENTINEL));
    await store.users.endSession(anId);
    await store.users.authenticate('an', 'an chosen password 7');
    expect(await store.intakeDrafts.load(changed)).toEqual(draftNamed(SENTINEL));
  });

  it('without a keychain (browser mode) or where the OS has no key, keeps the password wrap as today', async () => {
    for (const keySealer of [undefined, noOsKey]) {
      const { store, adminId, anId } = await workspaceOn(keySealer);
      for (const userId of [adminId, anId]) {
        const row = await store.db.keyWraps.get(userId);
        expect(row?.dataKey).toBeDefined();
        expect(row?.dataKey && 'osSealed' in row.dataKey).toBe(false);
        expect(await opensWithPasswordAlone(store, userId, userId === adminId ? ADMIN_PASSWORD : AN_PASSWORD)).toBe(true);
        expect(await store.users.keyProtection(userId)).toBe('passwordOnly');
      }
      const an = await store.users.authenticate('an', AN_PASSWORD);
      await store.intakeDrafts.save(an, draftNamed(SENTINEL));
      expect(await store.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
    }
  });

  it('seals a password-only wrap at its next sign-in on a machine with a keychain (a profile from before this version)', async () => {
    const { store, factory, anId } = await workspaceOn(undefined);
    store.close();
    const upgraded = open(factory, machineKeychain('laptop-1'));
    const an = await upgraded.users.authenticate('an', AN_PASSWORD);
    await upgraded.intakeDrafts.save(an, draftNamed(SENTINEL));
    expect((await upgraded.db.keyWraps.get(anId))?.dataKey?.osSealed).toBe(true);
    expect(await opensWithPasswordAlone(upgraded, anId, AN_PASSWORD)).toBe(false);
    await upgraded.users.endSession(anId);
    await upgraded.users.authenticate('an', AN_PASSWORD);
    expect(await upgraded.intakeDrafts.load(an)).toEqual(draftNamed(SENTINEL));
  });

  it('seals the transit copy of a database from before the data key, so the secret’s password-only wrap does not open it', async () => {
    const { store, factory, adminId, anId } = await workspaceOn(undefined);
    // As the version before the data key left it: every account holds the secret, none a data key.
    await store.db.keyWraps.toCollection().modify((row) => {
      delete row.dataKey;
    });
    store.close();
    const laptop = open(factory, machineKeychain('laptop-1'));
    await laptop.users.authenticate('tom', ADMIN_PASSWORD);
    const keyId = heldDataKey(laptop.db)?.keyId;
    const transit = (await laptop.db.meta.get(DATA_KEY_TRANSIT))?.value as StoredDataKeyWrap | undefined;
    expect(transit?.osSealed).toBe(true);
    const secret = unlockedSecret(laptop.db);
    if (!transit || !secret) throw new Error('no transit copy or no secret');
    // What the files and the administrator's password give: the secret, but not the data key in transit.
    expect(await openDataKeyInTransit(transit, secret)).toBeUndefined();
    await laptop.users.endSession(adminId);
    laptop.close();

    const copied = open(factory, machineKeychain('laptop-2'));
    await expect(copied.users.authenticate('an', AN_PASSWORD)).rejects.toMatchObject({ name: 'KeysBoundElsewhereError', reason: 'otherComputer' });
    copied.close();
    const home = open(factory, machineKeychain('laptop-1'));
    await home.users.authenticate('an', AN_PASSWORD);
    expect(heldDataKey(home.db)?.keyId).toBe(keyId);
    expect((await home.db.keyWraps.get(anId))?.dataKey?.osSealed).toBe(true);
    expect(await home.db.meta.get(DATA_KEY_TRANSIT)).toBeUndefined();
  });

  it('refuses a profile copied to another machine with a typed error, holding nothing and opening no session', async () => {
    const { store, factory, anId } = await workspaceOn(machineKeychain('laptop-1'));
    store.close();

    const elsewhere = open(factory, machineKeychain('laptop-2'));
    const failure = await elsewhere.users.authenticate('an', AN_PASSWORD).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KeysBoundElsewhereError);
    expect(failure).toMatchObject({ reason: 'otherComputer', messageKey: 'trust.errors.keysBound.otherComputer' });
    expect(heldDataKey(elsewhere.db)).toBeUndefined();
    expect(unlockedSecret(elsewhere.db)).toBeUndefined();
    expect(await elsewhere.db.sessionState.get(anId)).toBeUndefined();
    // Read past the sealing layer (no key is held here): the events the refusal wrote are in clear, none a success.
    const events = (await rawRows(elsewhere, 'audit')) as { action?: string; actor?: { userId: string } }[];
    expect(events.filter((event) => event.action === 'signIn.succeeded' && event.actor?.userId === anId)).toHaveLength(0);
    // The row is left as it was: back on its own machine it still opens.
    elsewhere.close();
    const home = open(factory, machineKeychain('laptop-1'));
    await home.users.authenticate('an', AN_PASSWORD);
    expect(heldDataKey(home.db)).toBeDefined();
  });

  it('says the keychain does not answer when a sealed profile is opened without one', async () => {
    const { store, factory } = await workspaceOn(machineKeychain('laptop-1'));
    store.close();
    for (const keySealer of [undefined, noOsKey]) {
      const without = open(factory, keySealer);
      await expect(without.users.authenticate('an', AN_PASSWORD)).rejects.toMatchObject({ name: 'KeysBoundElsewhereError', reason: 'keychainUnavailable' });
      expect(heldDataKey(without.db)).toBeUndefined();
      without.close();
    }
  });
});

/** safeStorage of one machine for the real keys:* handler (as in tests/unit/ipc/keySealHandler.test.ts). */
function machineSafeStorage(machine: number, available = true): SafeStorageLike {
  const mark = Buffer.from(`v10:${machine}:`);
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.concat([mark, Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ machine))]),
    decryptString: (sealed) => {
      if (!sealed.subarray(0, mark.length).equals(mark)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(sealed.subarray(mark.length).map((byte) => byte ^ machine)).toString('utf8');
    },
  };
}

/** The Electron path without Electron: the host adapter, the real IPC gate and the real handler. */
function electronHost(safeStorage: SafeStorageLike): HostApi {
  const ipcMain = new FakeIpcMain();
  const options = { ipcMain, trustedOrigins: new Set(['app://ercms']) };
  const handlers = createKeySealHandlers({ safeStorage });
  registerIpcHandler('keys:seal', handlers.seal, options);
  registerIpcHandler('keys:unseal', handlers.unseal, options);
  const frame = topFrame('app://ercms/');
  const refused = () => Promise.reject(new Error('not used here'));
  return {
    appInfo: refused,
    saveFile: refused,
    openFile: refused,
    printToPdf: refused,
    sealAuditAnchor: refused,
    readAuditAnchor: refused,
    sealDataKeyWrap: async (request) => (await ipcMain.invoke('keys:seal', frame, request)) as IpcResult<SealKeyResult>,
    unsealDataKeyWrap: async (request) => (await ipcMain.invoke('keys:unseal', frame, request)) as IpcResult<UnsealKeyResult>,
  };
}

describe('the keychain through the host and the keys:* channels', () => {
  it('seals at creation, signs in on the same machine, and names the other machine or the missing keychain', async () => {
    const { store, factory, anId } = await workspaceOn(hostKeySealer(electronHost(machineSafeStorage(0x5a))));
    expect((await store.db.keyWraps.get(anId))?.dataKey?.osSealed).toBe(true);
    await store.users.authenticate('an', AN_PASSWORD);
    expect(heldDataKey(store.db)).toBeDefined();
    store.close();

    const copied = open(factory, hostKeySealer(electronHost(machineSafeStorage(0x21))));
    await expect(copied.users.authenticate('an', AN_PASSWORD)).rejects.toMatchObject({ name: 'KeysBoundElsewhereError', reason: 'otherComputer' });
    copied.close();
    const keyringGone = open(factory, hostKeySealer(electronHost(machineSafeStorage(0x5a, false))));
    await expect(keyringGone.users.authenticate('an', AN_PASSWORD)).rejects.toMatchObject({ name: 'KeysBoundElsewhereError', reason: 'keychainUnavailable' });
  });
});
