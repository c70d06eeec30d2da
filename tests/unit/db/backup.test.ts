import { afterEach, describe, expect, it } from 'vitest';
import { createBackupService } from '../../../renderer/src/db/backup';
import { BackupError, PermissionError } from '../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { caseworker, openTestStore, snapshot, supervisor } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

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
  return { store, admin, an, marie, backup: createBackupService(store.context) };
}

describe('backup', () => {
  it('writes one file: case files in ercms-case-file/1, users without password hashes, audit trail, manifest', async () => {
    const { backup, admin } = await populatedStore();
    const file = await backup.createBackup(admin);
    const parsed = JSON.parse(file.text) as { format: string; manifest: { counts: unknown; contentSha256: string }; content: { caseFiles: { format: string; cases: unknown[] }; users: Record<string, unknown>[]; audit: unknown[] } };
    expect(parsed.format).toBe('ercms-backup/1');
    expect(parsed.content.caseFiles.format).toBe('ercms-case-file/1');
    expect(parsed.content.caseFiles.cases).toHaveLength(40);
    expect(parsed.manifest.counts).toEqual({ cases: 40, users: 3, auditEvents: parsed.content.audit.length });
    for (const user of parsed.content.users) expect(user).not.toHaveProperty('passwordHash');
    const full = JSON.parse((await backup.createBackup(admin, { full: true })).text) as typeof parsed;
    for (const user of full.content.users) expect(user).toHaveProperty('passwordHash');
  });

  it('is refused to caseworkers, and full backups to supervisors', async () => {
    const { backup, marie } = await populatedStore();
    await expect(backup.createBackup(caseworker)).rejects.toBeInstanceOf(PermissionError);
    await expect(backup.createBackup(marie, { full: true })).rejects.toBeInstanceOf(PermissionError);
    await expect(backup.createBackup(marie)).resolves.toHaveProperty('text');
  });

  it('restores into an empty database exactly, and records the restore in the audit trail', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true });
    const target = openTestStore();
    stores.push(target);
    const summary = await createBackupService(target.context).restoreBackup(admin, file.text);
    expect(summary.cases).toBe(40);
    // The same cases and index fields; each restored row is stamped with the restore event instead.
    const unstamped = (rows: { auditEvent?: string; auditSeal?: string }[]) => rows.map(({ auditEvent: _event, auditSeal: _seal, ...row }) => row);
    expect(unstamped(await target.db.cases.toArray())).toEqual(unstamped(await store.db.cases.toArray()));
    expect(await target.db.users.toArray()).toEqual(await store.db.users.toArray());
    expect(await target.cases.counts(caseworker)).toEqual(await store.cases.counts(caseworker));
    const report = await target.auditLog.verifyAuditChain();
    expect(report).toMatchObject({ ok: true, events: (await store.db.audit.count()) + 1 });
    expect((await target.db.audit.orderBy('sequence').last())?.action).toBe('backup.restored');
    await expect(target.users.authenticate('an', 'another long password')).resolves.toMatchObject({ role: 'caseworker' });
  });

  it('refuses a tampered backup and leaves the database unchanged', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin);
    const before = await snapshot(store);
    const firstName = /"familyName":"([^"]+)"/.exec(file.text)?.[1] ?? '';
    const tampered = file.text.replace(`"familyName":"${firstName}"`, '"familyName":"Changed"');
    expect(tampered).not.toBe(file.text);
    const attempt = backup.restoreBackup(admin, tampered);
    await expect(attempt).rejects.toBeInstanceOf(BackupError);
    await expect(attempt).rejects.toThrow(/SHA-256 does not match/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses a file that fails validation, listing the problems, and writes nothing', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin);
    const before = await snapshot(store);
    const invalid = file.text.replace(/"stage":"[A-Z_]+"/, '"stage":"NOWHERE"');
    const error = (await backup.restoreBackup(admin, invalid).catch((caught: unknown) => caught)) as BackupError;
    expect(error).toBeInstanceOf(BackupError);
    expect(error.issues.join(' ')).toContain('stage');
    await expect(backup.restoreBackup(admin, 'not json')).rejects.toThrow(/not valid JSON/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('leaves the database exactly as it was when the restore fails half-way', async () => {
    const { store, admin, an, backup } = await populatedStore();
    const file = await backup.createBackup(admin, { full: true });
    // Change the database after the backup, so a partial restore would be visible.
    await store.cases.importCases(an, generateCases(100, 5, 5));
    const before = await snapshot(store);
    let written = 0;
    // Fail when the audit trail is being written: tables were cleared and cases and users already added.
    store.db.audit.hook('creating', () => {
      written += 1;
      if (written === 3) throw new Error('storage failure (injected)');
    });
    await expect(backup.restoreBackup(admin, file.text)).rejects.toThrow('storage failure');
    expect(written).toBe(3);
    expect(await snapshot(store)).toEqual(before);
  });

  it('is refused to anyone but an administrator', async () => {
    const { store, admin, backup } = await populatedStore();
    const file = await backup.createBackup(admin);
    const before = await snapshot(store);
    await expect(backup.restoreBackup(supervisor, file.text)).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
  });

  it('saves and opens through the HostApi', async () => {
    const { admin, backup } = await populatedStore();
    let saved: Uint8Array | string = '';
    const host = {
      saveFile: async (request: { content: string | Uint8Array; suggestedName: string }) => {
        saved = request.content;
        return { ok: true as const, value: { status: 'saved' as const, path: `/backups/${request.suggestedName}` } };
      },
      openFile: async () => ({ ok: true as const, value: { status: 'opened' as const, name: 'b.json', bytes: new TextEncoder().encode(String(saved)) } }),
    };
    const result = await backup.saveBackup(admin, host);
    expect(result?.path).toMatch(/^\/backups\/ercms-production-standard-backup-.*\.json$/);
    await expect(backup.openAndRestore(admin, host)).resolves.toMatchObject({ cases: 40 });
  });
});
