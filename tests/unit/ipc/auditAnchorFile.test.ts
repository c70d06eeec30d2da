import { mkdtemp, readFile, readdir, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditAnchorFile, type SafeStorageLike } from '../../../main/ipc/handlers/auditAnchorHandler';
import { registerIpcHandler } from '../../../main/ipc/registerIpcHandler';
import { ReadAuditAnchorRequestSchema, SealAuditAnchorRequestSchema, type AuditAnchorCheckpoint } from '../../../shared/ipc';
import { FakeIpcMain, topFrame } from './fakeIpcMain';

/**
 * The audit anchor file of Electron (issue 13, point 2): the handler logic on a real temporary
 * folder. safeStorage needs Electron and the operating system's keyring, absent here: a
 * stand-in seals with a key of its own and, like the real one, refuses what it did not seal.
 */
class FakeSafeStorage implements SafeStorageLike {
  available = true;
  private readonly mark = Buffer.from('sealed-by-this-machine:');

  isEncryptionAvailable(): boolean {
    return this.available;
  }

  encryptString(text: string): Buffer {
    const clear = Buffer.from(text, 'utf8');
    return Buffer.concat([this.mark, Buffer.from(clear.map((byte) => byte ^ 0x5a))]);
  }

  decryptString(sealed: Buffer): string {
    if (!sealed.subarray(0, this.mark.length).equals(this.mark))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(sealed.subarray(this.mark.length).map((byte) => byte ^ 0x5a)).toString('utf8');
  }
}

const hash = (digit: string) => digit.repeat(64);
const checkpoint = (sequence: number, keyId = 'key-1'): AuditAnchorCheckpoint => ({
  sequence,
  hash: hash(String(sequence % 10)),
  keyId,
  at: '2026-12-02T20:00:00.000Z',
  mac: hash('f'),
});

let folder: string;
let safeStorage: FakeSafeStorage;
let anchors: ReturnType<typeof createAuditAnchorFile>;
const context = { senderUrl: 'app://ercms/' };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ercms-anchor-'));
  safeStorage = new FakeSafeStorage();
  anchors = createAuditAnchorFile({
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
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the audit:anchor channels (schemas)', () => {
  it('take a plain database name, never a path', () => {
    for (const database of ['../ercms-production', 'a/b', 'a\\b', '', '.hidden', 'x'.repeat(101)]) {
      expect(ReadAuditAnchorRequestSchema.safeParse({ database }).success, database).toBe(false);
    }
    expect(ReadAuditAnchorRequestSchema.safeParse({ database: 'ercms-production' }).success).toBe(true);
  });

  it('take a checkpoint of exactly the anchor fields, and remove an anchor only when replacing', () => {
    expect(SealAuditAnchorRequestSchema.safeParse({ database: 'ercms-production', checkpoint: checkpoint(3), mode: 'advance' }).success).toBe(true);
    expect(SealAuditAnchorRequestSchema.safeParse({ database: 'ercms-production', checkpoint: { ...checkpoint(3), extra: 1 }, mode: 'advance' }).success).toBe(
      false,
    );
    expect(
      SealAuditAnchorRequestSchema.safeParse({ database: 'ercms-production', checkpoint: { ...checkpoint(3), hash: 'abc' }, mode: 'advance' }).success,
    ).toBe(false);
    expect(SealAuditAnchorRequestSchema.safeParse({ database: 'ercms-production', checkpoint: null, mode: 'advance' }).success).toBe(false);
    expect(SealAuditAnchorRequestSchema.safeParse({ database: 'ercms-production', checkpoint: null, mode: 'replace' }).success).toBe(true);
  });

  it('are refused through the IPC gate when the request names a path', async () => {
    const ipcMain = new FakeIpcMain();
    const options = { ipcMain, trustedOrigins: new Set(['app://ercms']) };
    registerIpcHandler('audit:anchor-seal', anchors.seal, options);
    const answer = await ipcMain.invoke('audit:anchor-seal', topFrame('app://ercms/'), { database: '../../evil', checkpoint: checkpoint(1), mode: 'advance' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('the anchor file in the user-data folder, sealed with safeStorage', () => {
  it('is written sealed (no hash in clear) and read back', async () => {
    expect(await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(7), mode: 'advance' }, context)).toEqual({ status: 'sealed' });
    expect(await readdir(join(folder, 'audit-anchors'))).toEqual(['ercms-production.anchor']);
    const bytes = await readFile(join(folder, 'audit-anchors', 'ercms-production.anchor'));
    expect(bytes.toString('utf8')).not.toContain(hash('7'));
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'found', checkpoint: checkpoint(7) });
    expect(await anchors.read({ database: 'ercms-training' }, context)).toEqual({ status: 'none' });
  });

  it('never moves back under the same key, except for a restore; a new key may start lower', async () => {
    await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(9), mode: 'advance' }, context);
    expect(await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(4), mode: 'advance' }, context)).toEqual({ status: 'kept' });
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'found', checkpoint: checkpoint(9) });
    await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(4), mode: 'replace' }, context);
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'found', checkpoint: checkpoint(4) });
    await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(2, 'key-2'), mode: 'advance' }, context);
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'found', checkpoint: checkpoint(2, 'key-2') });
    await anchors.seal({ database: 'ercms-production', checkpoint: null, mode: 'replace' }, context);
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'none' });
  });

  it('keeps the newest of many writes at once, one after another', async () => {
    await Promise.all(
      [5, 1, 8, 3, 8, 2].map((sequence) => anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(sequence), mode: 'advance' }, context)),
    );
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'found', checkpoint: checkpoint(8) });
  });

  it('reports a file written in clear or changed as unreadable, never as an anchor', async () => {
    await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(7), mode: 'advance' }, context);
    const path = join(folder, 'audit-anchors', 'ercms-production.anchor');
    await writeFile(path, JSON.stringify(checkpoint(99)));
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'unreadable' });
  });

  it('writes nothing when the operating system offers no key (nothing in clear)', async () => {
    safeStorage.available = false;
    expect(await anchors.seal({ database: 'ercms-production', checkpoint: checkpoint(7), mode: 'advance' }, context)).toEqual({ status: 'unavailable' });
    expect(await readdir(folder)).toEqual([]);
    expect(await anchors.read({ database: 'ercms-production' }, context)).toEqual({ status: 'unavailable' });
  });
});
