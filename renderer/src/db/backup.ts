import type { Actor } from '../../../shared/model/actor';
import { CASE_FILE_FORMAT } from '../../../shared/model/caseFileExport';
import type { HostApi } from '../../../shared/ipc/hostApi';
import { unwrapIpcResult } from '../../../shared/ipc/ipcResult';
import { sealAuditEvents, verifyAuditSegment } from './auditChain';
import { AUDIT_HEAD_KEY, forgetAuditHead, readAuditHead, rowSeal, writeWithAudit } from './auditedWrite';
import { makeCheckpoint, replaceCheckpoint } from './auditAnchor';
import { hasWorkspaceSecret, unlockedSecret } from './auditKey';
import type { AuditDraft, StoredAuditEvent } from './auditEventRecord';
import { GENESIS_HEAD } from './auditEventRecord';
import type { BackupContent, BackupFile, BackupManifest } from './backupFile';
import { BACKUP_FORMAT, BackupFileSchema } from './backupFile';
import { addCountDeltas } from './caseCounts';
import { toCaseRow } from './caseRow';
import { LATEST_SCHEMA_VERSION } from './database';
import { BackupError, PermissionError } from './errors';
import { assertPermission } from './permissions';
import { sha256Hex } from './sha256';
import type { StoreContext } from './storeContext';
import type { UserRecord } from './userRecord';
import { toUserProfile } from './userRecord';

export interface CreatedBackup {
  fileName: string;
  /** The whole file, ready to save. */
  text: string;
  manifest: BackupManifest;
}

export interface RestoreSummary {
  cases: number;
  users: number;
  auditEvents: number;
  /** Accounts restored without a password (standard backup, unknown here): an administrator must set one. */
  usersNeedingPassword: string[];
}

const SETTINGS_KEY = 'settings';
const MAX_ISSUES_SHOWN = 10;

/**
 * Backup and restore of one workspace. Files reach the disk only through the HostApi
 * (`file:save`, `file:open`), passed in so that this module never touches the machine.
 */
export function createBackupService(context: StoreContext) {
  const { db, workspace } = context;

  async function createBackup(actor: Actor, options: { full?: boolean } = {}): Promise<CreatedBackup> {
    assertPermission(actor, options.full ? 'backup.createFull' : 'backup.create', workspace);
    const createdAt = context.now().toISOString();
    const kind = options.full ? 'full' : 'standard';
    const fileName = `ercms-${workspace}-${kind}-backup-${createdAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
    // The export is audited first, so the backup contains the record of its own making.
    const draft: AuditDraft = { id: context.newId(), actor: { ...actor }, at: createdAt, action: `export.backup`, subject: `${kind} backup, file ${fileName}`, changes: [] };
    await writeWithAudit(db, [draft], async () => undefined);

    // One read transaction: cases, accounts and audit trail from the same moment.
    const { rows, users, audit, settings, intakeDrafts } = await db.transaction('r', [db.cases, db.users, db.audit, db.meta, db.intakeDrafts], async () => ({
      rows: await db.cases.toArray(),
      users: await db.users.toArray(),
      audit: await db.audit.orderBy('sequence').toArray(),
      settings: await db.meta.get(SETTINGS_KEY),
      intakeDrafts: await db.intakeDrafts.toArray(),
    }));
    const content: BackupContent = {
      caseFiles: { format: CASE_FILE_FORMAT, exportedAt: createdAt, exportedBy: { ...actor }, description: `${kind} backup of the ${workspace} workspace`, cases: rows.map((row) => row.caseFile) },
      users: options.full ? users : users.map(toUserProfile),
      audit,
      ...(isRecord(settings?.value) ? { settings: settings.value } : {}),
      ...(intakeDrafts.length > 0 ? { intakeDrafts } : {}),
    };
    const contentText = JSON.stringify(content);
    const manifest: BackupManifest = {
      schemaVersion: LATEST_SCHEMA_VERSION,
      caseFileFormat: CASE_FILE_FORMAT,
      createdAt,
      createdBy: { ...actor },
      workspace,
      kind,
      counts: { cases: rows.length, users: users.length, auditEvents: audit.length },
      contentSha256: await sha256Hex(contentText),
    };
    const text = `{"format":${JSON.stringify(BACKUP_FORMAT)},"manifest":${JSON.stringify(manifest)},"content":${contentText}}`;
    return { fileName, text, manifest };
  }

  /**
   * Replaces the workspace's data with a backup, all or nothing. Everything is checked
   * before the first write: the whole file against the schema, the content hash, the
   * counts, the audit chain inside the file. The write is then one transaction, so a
   * failure half-way leaves the database exactly as it was.
   */
  async function restoreBackup(actor: Actor, file: string | Uint8Array): Promise<RestoreSummary> {
    assertPermission(actor, 'backup.restore', workspace);
    const backup = await validateBackup(typeof file === 'string' ? file : new TextDecoder().decode(file));
    if (backup.manifest.workspace !== workspace) {
      throw new BackupError(`This is a backup of the ${backup.manifest.workspace} workspace; it can only be restored there.`);
    }

    const cases = backup.content.caseFiles.cases;
    const rows = cases.map((caseFile) => toCaseRow(caseFile, db.nextDeadlineOf));
    const deltas = new Map<string, number>();
    for (const row of rows) addCountDeltas(deltas, undefined, row);
    const audit = backup.content.audit;
    const lastEvent = audit[audit.length - 1];
    const backupHead = lastEvent ? { sequence: lastEvent.sequence, hash: lastEvent.hash } : GENESIS_HEAD;
    const replacedHead = await readAuditHead(db);
    const secret = unlockedSecret(db);
    if (!secret && (await hasWorkspaceSecret(db))) {
      throw new BackupError('Sign in again before restoring: this window does not hold the workspace key that anchors the audit trail.', [], 'signInAgain');
    }
    const [restoreEvent] = await sealAuditEvents(backupHead, [
      {
        ...(secret ? { sealedRows: true as const } : {}),
        id: context.newId(),
        actor: { ...actor },
        at: context.now().toISOString(),
        action: 'backup.restored',
        // Names what was replaced, so the overwritten trail can still be matched to an older backup.
        subject: `${backup.manifest.kind} backup of ${backup.manifest.createdAt} (${cases.length} cases); replaced audit trail ended at #${replacedHead.sequence} ${replacedHead.hash.slice(0, 16)}`.slice(0, 300),
        changes: [],
      },
    ]);
    if (!restoreEvent) throw new Error('The restore could not be recorded.');
    // Every restored case was written by the restore event: stamped with its hash, and sealed under the workspace key.
    for (const row of rows) {
      row.auditEvent = restoreEvent.hash;
      if (secret) row.auditSeal = await rowSeal(secret.auditKey, restoreEvent.hash, row);
    }

    const usersNeedingPassword: string[] = [];
    await db.transaction('rw', [db.cases, db.audit, db.counts, db.meta, db.users, db.intakeDrafts], async () => {
      // A standard backup has no password hashes: keep the ones this database has for the same accounts.
      const existing = new Map((await db.users.toArray()).map((user) => [user.id, user] as const));
      const users: UserRecord[] = backup.content.users.map((user) => {
        if (user.passwordHash) return user;
        const known = existing.get(user.id)?.passwordHash;
        if (!known) usersNeedingPassword.push(user.username);
        return known ? { ...user, passwordHash: known } : user;
      });
      if (!users.some((user) => user.role === 'administrator' && user.active && user.passwordHash) && workspace === 'production' && users.length > 0) {
        throw new PermissionError('backup.restore', 'After this restore no administrator could sign in (the backup has no password for any active administrator). Use a full backup, or set a password for an administrator first.');
      }
      await Promise.all([db.cases.clear(), db.audit.clear(), db.counts.clear(), db.users.clear(), db.meta.clear(), db.intakeDrafts.clear()]);
      await db.intakeDrafts.bulkAdd(backup.content.intakeDrafts ?? []);
      await db.cases.bulkAdd(rows);
      await db.users.bulkAdd(users);
      await db.audit.bulkAdd([...audit, restoreEvent]);
      await db.counts.bulkPut([...deltas].map(([key, count]) => ({ key, count })));
      await db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: restoreEvent.sequence, hash: restoreEvent.hash } });
      if (backup.content.settings) await db.meta.put({ key: SETTINGS_KEY, value: backup.content.settings });
    });
    forgetAuditHead(db);
    // The restored trail may end below the anchor of the replaced one: the anchor is replaced with it.
    await replaceCheckpoint(db, secret ? await makeCheckpoint(db, restoreEvent, secret.keyId, secret.auditKey, context.now().toISOString()) : undefined);
    return { cases: rows.length, users: backup.content.users.length, auditEvents: audit.length + 1, usersNeedingPassword };
  }

  return {
    createBackup,
    restoreBackup,

    /** Makes a backup and saves it through the host's save dialog. Returns where, or undefined if cancelled. */
    async saveBackup(actor: Actor, host: Pick<HostApi, 'saveFile'>, options: { full?: boolean } = {}): Promise<{ path: string; manifest: BackupManifest } | undefined> {
      const backup = await createBackup(actor, options);
      const result = unwrapIpcResult(await host.saveFile({ suggestedName: backup.fileName, contentType: 'application/json', content: backup.text, filters: [{ name: 'eRCMS backup', extensions: ['json'] }] }));
      return result.status === 'saved' ? { path: result.path, manifest: backup.manifest } : undefined;
    },

    /** Asks the host for a backup file and restores it. Undefined if the user cancelled. */
    async openAndRestore(actor: Actor, host: Pick<HostApi, 'openFile'>): Promise<RestoreSummary | undefined> {
      assertPermission(actor, 'backup.restore', workspace);
      const result = unwrapIpcResult(await host.openFile({ title: 'Restore an eRCMS backup', filters: [{ name: 'eRCMS backup', extensions: ['json'] }] }));
      return result.status === 'opened' ? restoreBackup(actor, result.bytes) : undefined;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** Every check a backup file must pass before anything is written. */
export async function validateBackup(text: string): Promise<BackupFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('This file is not an eRCMS backup (it is not valid JSON).');
  }
  const parsed = BackupFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new BackupError(`This backup file is damaged or not an eRCMS backup (${parsed.error.issues.length} problem(s) found).`, issues);
  }
  const backup = parsed.data;
  // Hash the content as it is in the file (raw parse, same key order as written).
  const rawContent = (raw as { content: unknown }).content;
  if ((await sha256Hex(JSON.stringify(rawContent))) !== backup.manifest.contentSha256) {
    throw new BackupError('This backup file was changed after it was made (its SHA-256 does not match the manifest), so it cannot be trusted.');
  }
  if (backup.manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupError(`This backup was made by a newer version of eRCMS (database schema ${backup.manifest.schemaVersion}). Update the application first.`);
  }
  const { counts } = backup.manifest;
  const content = backup.content;
  if (counts.cases !== content.caseFiles.cases.length || counts.users !== content.users.length || counts.auditEvents !== content.audit.length) {
    throw new BackupError('This backup file is incomplete: its manifest counts do not match its content.');
  }
  const chain = await verifyAuditSegment(GENESIS_HEAD, content.audit);
  if ('ok' in chain) throw new BackupError(`The audit trail inside this backup is broken: ${chain.message}`);
  const ids = new Set<string>();
  const references = new Set<string>();
  for (const caseFile of content.caseFiles.cases) {
    if (ids.has(caseFile.id) || references.has(caseFile.reference)) throw new BackupError(`This backup contains case ${caseFile.reference} twice.`);
    ids.add(caseFile.id);
    references.add(caseFile.reference);
  }
  return backup;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type { StoredAuditEvent };
