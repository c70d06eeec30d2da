import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditAnchorFile, type SafeStorageLike } from '../../../main/ipc/handlers/auditAnchorHandler';
import { registerIpcHandler } from '../../../main/ipc/registerIpcHandler';
import { readCheckpoint, replaceCheckpoint, setExternalAnchor, settleCheckpoints } from '../../../renderer/src/db/auditAnchor';
import { forgetAuditHead } from '../../../renderer/src/db/auditedWrite';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { auditAnchorFile } from '../../../renderer/src/host/auditAnchorFile';
import type { HostApi, IpcResult, ReadAuditAnchorResult, SealAuditAnchorResult } from '../../../shared/ipc';
import { generateCase } from '../../bench/caseGenerator';
import { FakeIpcMain, topFrame } from '../ipc/fakeIpcMain';
import { openTestStore } from './testStore';

/**
 * Electron's anchor file (issue 13, point 2) end to end without Electron: the store writes
 * the anchor through the host adapter, the request passes the real IPC gate and handler
 * onto a temporary folder (safeStorage stood in for: it needs the OS keyring). Putting back
 * an older copy of the whole profile, its anchor database included, is then found.
 */
const sealingKey = 0x33;
const safeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ sealingKey)),
  decryptString: (sealed) => Buffer.from(sealed.map((byte) => byte ^ sealingKey)).toString('utf8'),
};

const stores: WorkspaceStore[] = [];
const folders: string[] = [];
afterEach(async () => {
  // The anchor hook is module state shared by the tests of this worker: leave none behind.
  setExternalAnchor(undefined);
  for (const store of stores.splice(0)) store.close();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function electronHostOnTempFolder(): Promise<HostApi> {
  const folder = await mkdtemp(join(tmpdir(), 'ercms-user-data-'));
  folders.push(folder);
  const ipcMain = new FakeIpcMain();
  const options = { ipcMain, trustedOrigins: new Set(['app://ercms']) };
  const anchors = createAuditAnchorFile({
    safeStorage,
    directory: () => join(folder, 'audit-anchors'),
    readFile: (path) => readFile(path),
    writeFile: (path, content) => writeFile(path, content),
    rename: (from, to) => rename(from, to),
    remove: (path) => rm(path),
    makeDirectory: async (path) => {
      await mkdir(path, { recursive: true });
    },
  });
  registerIpcHandler('audit:anchor-seal', anchors.seal, options);
  registerIpcHandler('audit:anchor-read', anchors.read, options);
  const frame = topFrame('app://ercms/cases');
  const refused = () => Promise.reject(new Error('not used here'));
  return {
    appInfo: refused,
    saveFile: refused,
    openFile: refused,
    printToPdf: refused,
    sealAuditAnchor: async (request) => (await ipcMain.invoke('audit:anchor-seal', frame, request)) as IpcResult<SealAuditAnchorResult>,
    readAuditAnchor: async (request) => (await ipcMain.invoke('audit:anchor-read', frame, request)) as IpcResult<ReadAuditAnchorResult>,
    sealDataKeyWrap: refused,
    unsealDataKeyWrap: refused,
  };
}

async function storeWithCase() {
  const store = openTestStore('production', { factory: new IDBFactory() });
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const admin = await store.users.authenticate('tom', 'correct horse battery');
  await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  const an = await store.users.authenticate('an', 'another long password');
  const caseFile = await store.cases.create(an, generateCase(1, 11));
  return { store, an, caseFile };
}

describe('the audit anchor file sealed with safeStorage (Electron)', () => {
  it('follows every anchored write, and an older copy of the whole profile, anchor database included, is found', async () => {
    const file = auditAnchorFile(await electronHostOnTempFolder());
    setExternalAnchor(file);
    const { store, an, caseFile } = await storeWithCase();
    const { db } = store;
    await settleCheckpoints(db);
    const tables = [db.cases, db.audit, db.counts, db.users, db.meta, db.keyWraps, db.signInAttempts, db.sessionState] as const;
    const older = await Promise.all(tables.map((table) => table.toArray()));
    const olderAnchor = await readCheckpoint(db);

    await store.cases.applyAction(an, { caseId: caseFile.id, expectedVersion: caseFile.version, actionId: 'assign', input: { assigneeId: 'user-later' } });
    await settleCheckpoints(db);
    const head = await db.audit.orderBy('sequence').last();
    expect(await file?.read(db.name)).toMatchObject({ sequence: head?.sequence, hash: head?.hash });
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true });

    // The attacker puts back the older profile: the workspace database and its anchor database; the file is not in the profile.
    setExternalAnchor(undefined);
    await replaceCheckpoint(db, olderAnchor);
    await db.transaction('rw', [...tables], async () => {
      for (const [index, table] of tables.entries()) {
        await table.clear();
        await (table as typeof db.meta).bulkPut((older[index] ?? []) as never[]);
      }
    });
    forgetAuditHead(db);
    // Inside the browser alone the older copy verifies: that is the gap the file closes.
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true });
    setExternalAnchor(file);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, problem: 'anchor' });
  });
});
