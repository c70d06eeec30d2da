import { afterEach, describe, expect, it } from 'vitest';
import { createBackupService } from '../../../renderer/src/db/backup';
import { openSealedBackup } from '../../../renderer/src/db/backupSeal';
import { BackupError, PermissionError } from '../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { caseworker, openTestStore, snapshot } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

const PASSPHRASE = 'a long backup passphrase';
/** Test stores hash passwords with 1,000 iterations (testStore.ts); the app refuses fewer than 600,000. */
const testBackupOptions = { minimumPasswordIterationsForTestsOnly: 1_000 };

async function populatedStore() {
  const store = openTestStore();
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const admin = await store.users.authenticate('tom', 'correct horse battery');
  await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  await store.users.createUser(admin, { username: 'marie', displayName: 'Marie Dubois', role: 'supervisor', password: 'a supervisor password' });
  const an = await store.users.authenticate('an', 'another long password');
  const marie = await store.users.authenticate('marie', 'a supervisor password');
  await store.cases.importCases(an, generateCases(0, 40, 5));
  const first = (await store.cases.list(an)).rows[0];
  if (!first) throw new Error('no case');
  await store.cases.applyAction(an, { caseId: first.id, expectedVersion: first.caseFile.version, actionId: 'assign', input: { assigneeId: 'user-9' } });
  return { store, admin, an, marie, backup: createBackupService(store.context, testBackupOptions) };
}

interface OpenedBackup {
  manifest: { counts: unknown; workspace: string; auditTrail: { verified: boolean; head: { sequence: number } } };
  content: { caseFiles: { format: string; cases: unknown[] }; users: Record<string, unknown>[]; audit: unknown[] };
}

describe('backup', () => {
  it('seals one file: case files in ercms-case-file/1, users without password hashes, audit trail, manifest', async () => {
    const { backup, admin } = await populatedStore();
    const file = await backup.createBackup(admin, { passphrase: PASSPHRASE });
    const outer = JSON.parse(file.text) as { format: string; seal: { kdf: string; iterations: number }; preview: { workspace: string }; ciphertext: string };
    expect(outer.format).toBe('ercms-backup/2');
    expect(outer.seal).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(outer.preview.workspace).toBe('production');
    // Nothing personal in clear: names are only inside the ciphertext.
    expect(file.text).not.toContain('An Peeters');
    const parsed = JSON.parse(await openSealedBackup(file.text, PASSPHRASE)) as OpenedBackup;
    expect(parsed.content.caseFiles.format).toBe('ercms-case-file/1');
    expect(parsed.content.caseFiles.cases).toHaveLength(40);
    expect(parsed.manifest.counts).toEqual({ cases: 40, users: 3, auditEvents: parsed.content.audit.length });
    expect(parsed.manifest.auditTrail).toMatchObject({ verified: true, head: { sequence: parsed.content.audit.length } });
    for (const user of parsed.content.users) expect(user).not.toHaveProperty('passwordHash');
    const full = JSON.parse(
      await openSealedBackup((await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE })).text, PASSPHRASE),
    ) as OpenedBackup;
    for (const user of full.content.users) expect(user).toHaveProperty('passwordHash');
  });

  it('is refused to caseworkers, full backups to supervisors, and without a passphrase of 12 characters', async () => {
    const { backup, marie, admin } = await populatedStore();
    await expect(backup.createBackup(caseworker, { passphrase: PASSPHRASE })).rejects.toBeInstanceOf(PermissionError);
    await expect(backup.createBackup(marie, { full: true, passphrase: PASSPHRASE })).rejects.toBeInstanceOf(PermissionError);
    await expect(backup.createBackup(marie, { passphrase: PASSPHRASE })).resolves.toHaveProperty('text');
    await expect(backup.createBackup(admin, { passphrase: 'short' })).rejects.toMatchObject({
      reason: 'passphraseTooShort',
      messageKey: 'trust.errors.backup.passphraseTooShort',
    });
  });

  it('restores into a database exactly, and records the restore in the audit trail', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE });
    const target = openTestStore('production', { keyHolder: store.db });
    stores.push(target);
    const summary = await createBackupService(target.context, testBackupOptions).restoreBackup(admin, file.text, PASSPHRASE);
    expect(summary.cases).toBe(40);
    // The same cases and index fields; each restored row is stamped with the restore event instead.
    const unstamped = (rows: { auditEvent?: string; auditSeal?: string }[]) => rows.map(({ auditEvent: _event, auditSeal: _seal, ...row }) => row);
    expect(unstamped(await target.db.cases.toArray())).toEqual(unstamped(await store.db.cases.toArray()));
    expect(await target.db.users.toArray()).toEqual(await store.db.users.toArray());
    expect(await target.cases.counts(caseworker)).toEqual(await store.cases.counts(caseworker));
    const report = await target.auditLog.verifyAuditTrail();
    expect(report).toMatchObject({ ok: true, events: (await store.db.audit.count()) + 1 });
    expect((await target.db.audit.orderBy('sequence').last())?.action).toBe('backup.restored');
    await expect(target.users.authenticate('an', 'another long password')).resolves.toMatchObject({ role: 'caseworker' });
  });

  it('restored on a new installation, the restoring administrator stays and sets the passwords that open the sealed cases', async () => {
    const { admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE });
    // A new machine: first run, then the restore replaces every account by the backup's.
    const target = openTestStore();
    stores.push(target);
    await target.users.createFirstAdministrator({ username: 'newadmin', displayName: 'New Admin', password: 'first run password' });
    const newAdmin = await target.users.authenticate('newadmin', 'first run password');
    const summary = await createBackupService(target.context, testBackupOptions).restoreBackup(newAdmin, file.text, PASSPHRASE);
    // The cases are sealed under this installation's key: the backup's accounts hold no wrap of it yet.
    expect(summary.usersNeedingPassword).toContain('tom');
    expect((await target.db.users.toArray()).map((user) => user.username)).toContain('newadmin');
    await target.users.endSession(newAdmin.userId);
    const again = await target.users.authenticate('newadmin', 'first run password');
    expect(await target.db.cases.count()).toBeGreaterThan(0);
    const tom = (await target.db.users.toArray()).find((user) => user.username === 'tom');
    if (!tom) throw new Error('tom was not restored');
    await target.users.resetPassword(again, tom.id, 'temporary password 1');
    await target.users.endSession(again.userId);
    await expect(target.users.authenticate('tom', 'temporary password 1')).rejects.toThrow();
    await target.users.completePasswordChange('tom', 'temporary password 1', 'correct horse battery 2');
    await target.users.authenticate('tom', 'correct horse battery 2');
    const [first] = await target.db.cases.limit(1).toArray();
    expect(first?.caseFile.reference).toMatch(/^RC-/);
    expect(await target.auditLog.verifyAuditTrail()).toMatchObject({ ok: true, anchor: 'verified', uncheckedCases: 0 });
  });

  it('restores over the signed-in database with the trail re-anchored, then verifies', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE });
    await backup.restoreBackup(admin, file.text, PASSPHRASE);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true, anchor: 'verified', uncheckedCases: 0 });
  });

  it('refuses a wrong or missing passphrase, and an altered byte, with the database unchanged', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE });
    const before = await snapshot(store);
    await expect(backup.restoreBackup(admin, file.text, 'not the passphrase at all')).rejects.toMatchObject({ reason: 'wrongPassphraseOrAltered' });
    await expect(backup.restoreBackup(admin, file.text, undefined)).rejects.toMatchObject({ reason: 'passphraseRequired' });
    const preview = file.text.replace('"workspace":"production"', '"workspace":"training"');
    expect(preview).not.toBe(file.text);
    await expect(backup.restoreBackup(admin, preview, PASSPHRASE)).rejects.toMatchObject({ reason: 'wrongPassphraseOrAltered' });
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses an unsealed backup of the earlier format, saying it must be made again', async () => {
    const { admin, backup } = await populatedStore();
    const old = JSON.stringify({ format: 'ercms-backup/1', manifest: {}, content: {} });
    const error = (await backup.restoreBackup(admin, old, PASSPHRASE).catch((caught: unknown) => caught)) as BackupError;
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ reason: 'unsealedFormat', messageKey: 'trust.errors.backup.unsealedFormat' });
    expect(error.message).toMatch(/Make a new backup/);
    await expect(backup.restoreBackup(admin, 'not json', PASSPHRASE)).rejects.toMatchObject({ reason: 'notABackup' });
  });

  it('never restores a training backup into production', async () => {
    const training = openTestStore('training');
    stores.push(training);
    const trainer = { userId: 'system', displayName: 'Seed', role: 'administrator' as const };
    const file = await createBackupService(training.context).createBackup(trainer, { passphrase: PASSPHRASE });
    const { store, admin, backup } = await populatedStore();
    const before = await snapshot(store);
    await expect(backup.restoreBackup(admin, file.text, PASSPHRASE)).rejects.toMatchObject({ reason: 'otherWorkspace' });
    expect(await snapshot(store)).toEqual(before);
  });

  it('leaves the database exactly as it was when the restore fails half-way', async () => {
    const { store, admin, an, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE });
    // Change the database after the backup, so a partial restore would be visible.
    await store.cases.importCases(an, generateCases(100, 5, 5));
    const before = await snapshot(store);
    let written = 0;
    // Fail when the audit trail is being written: tables were cleared and cases and users already added.
    store.db.audit.hook('creating', () => {
      written += 1;
      if (written === 3) throw new Error('storage failure (injected)');
    });
    await expect(backup.restoreBackup(admin, file.text, PASSPHRASE)).rejects.toThrow('storage failure');
    expect(written).toBe(3);
    expect(await snapshot(store)).toEqual(before);
  });

  it('is refused to anyone but an administrator', async () => {
    const { store, admin, marie, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { passphrase: PASSPHRASE });
    const before = await snapshot(store);
    await expect(backup.restoreBackup(marie, file.text, PASSPHRASE)).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
  });

  it('saves, previews and opens through the HostApi', async () => {
    const { admin, backup } = await populatedStore();
    let saved: Uint8Array | string = '';
    const host = {
      saveFile: async (request: { content: string | Uint8Array; suggestedName: string }) => {
        saved = request.content;
        return { ok: true as const, value: { status: 'saved' as const, path: `/backups/${request.suggestedName}` } };
      },
      openFile: async () => ({ ok: true as const, value: { status: 'opened' as const, name: 'b.json', bytes: new TextEncoder().encode(String(saved)) } }),
    };
    const result = await backup.saveBackup(admin, host, { passphrase: PASSPHRASE });
    expect(result?.path).toMatch(/^\/backups\/ercms-production-standard-backup-.*\.json$/);
    expect(backup.previewBackup(String(saved))).toMatchObject({ workspace: 'production', kind: 'standard', counts: { cases: 40 } });
    await expect(backup.openAndRestore(admin, host, PASSPHRASE)).resolves.toMatchObject({ cases: 40 });
  });
});
