import { addCaseRows } from './caseRowWrite';
import type { Actor } from '../../../shared/model/actor';
import { heldRecordKeys } from './workspaceKeyring';
import { forgetSearchLexicon } from './searchLexicon';
import { STORE_SEALING_META } from './sealedStore';
import { CASE_FILE_FORMAT } from '../../../shared/model/caseFileExport';
import type { HostApi } from '../../../shared/ipc/hostApi';
import { unwrapIpcResult } from '../../../shared/ipc/ipcResult';
import { sealAuditEvents, verifyAuditSegment } from './auditChain';
import { AUDIT_HEAD_KEY, forgetAuditHead, readAuditHead, stampAndSeal, writeWithAudit } from './auditedWrite';
import { makeCheckpoint, replaceCheckpoint } from './auditAnchor';
import { hasWorkspaceSecret, unlockedSecret } from './auditKey';
import type { AuditDraft, StoredAuditEvent } from './auditEventRecord';
import { GENESIS_HEAD } from './auditEventRecord';
import type { BackupContent, BackupFile, BackupManifest } from './backupFile';
import { BackupFileSchema } from './backupFile';
import { assertPassphrase, openSealedBackup, readSealedHeader, sealBackup } from './backupSeal';
import { verifyAuditTrail } from './auditTrail';
import { DEFAULT_PBKDF2_ITERATIONS } from './passwordHash';
import { SettingsSchema } from './settings';
import { addCountDeltas } from './caseCounts';
import { toCaseRow } from './caseRow';
import { LATEST_SCHEMA_VERSION } from './database';
import { BackupError } from './errors';
import { assertPermission } from './permissions';
import { sha256Hex } from './sha256';
import { DATA_KEY_TRANSIT } from './dataKey';
import { readDraftsForBackup, sealDraftsForRestore } from './intakeDraftRepository';
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
export interface BackupServiceOptions {
  /**
   * Password hashes in a full backup below this PBKDF2 count are refused (a file whose
   * hashes were weakened). Test stores hash with fewer iterations and lower it; the app never passes it.
   */
  minimumPasswordIterationsForTestsOnly?: number;
}

export interface BackupOptions {
  full?: boolean;
  /** The backup passphrase the administrator chooses; the file is sealed under it (backupSeal.ts). */
  passphrase: string;
}

export function createBackupService(context: StoreContext, serviceOptions: BackupServiceOptions = {}) {
  const { db, workspace } = context;
  const minimumPasswordIterations = serviceOptions.minimumPasswordIterationsForTestsOnly ?? DEFAULT_PBKDF2_ITERATIONS;

  async function createBackup(actor: Actor, options: BackupOptions): Promise<CreatedBackup> {
    assertPermission(actor, options.full ? 'backup.createFull' : 'backup.create', workspace);
    assertPassphrase(options.passphrase);
    const createdAt = context.now().toISOString();
    const kind = options.full ? 'full' : 'standard';
    const fileName = `ercms-${workspace}-${kind}-backup-${createdAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
    // The export is audited first, so the backup contains the record of its own making.
    const draft: AuditDraft = {
      id: context.newId(),
      actor: { ...actor },
      at: createdAt,
      action: `export.backup`,
      subject: `${kind} backup, file ${fileName}`,
      changes: [],
    };
    await writeWithAudit(db, [draft], async () => undefined);

    // The records become text in a function of their own: the case objects (100,000 of them,
    // over a GB of heap) can then be collected before the sealing makes its copies of the text.
    const { contentText, counts, last } = await readContent(actor, createdAt, kind, options.full === true);
    const report = await verifyAuditTrail(db);
    const manifest: BackupManifest = {
      schemaVersion: LATEST_SCHEMA_VERSION,
      caseFileFormat: CASE_FILE_FORMAT,
      createdAt,
      createdBy: { ...actor },
      workspace,
      kind,
      counts,
      contentSha256: await sha256Hex(contentText),
      auditTrail: {
        head: last ? { sequence: last.sequence, hash: last.hash } : GENESIS_HEAD,
        verified: report.ok,
        ...(report.ok ? {} : { brokenAt: report.brokenAt, problem: report.problem }),
      },
    };
    const payload = `{"manifest":${JSON.stringify(manifest)},"content":${contentText}}`;
    const text = await sealBackup(payload, { ...manifest }, { passphrase: options.passphrase });
    return { fileName, text, manifest };
  }

  /** The backup's content as text, read in one transaction: cases, accounts and audit trail from the same moment. */
  async function readContent(
    actor: Actor,
    createdAt: string,
    kind: 'full' | 'standard',
    full: boolean,
  ): Promise<{ contentText: string; counts: BackupManifest['counts']; last: StoredAuditEvent | undefined }> {
    const {
      rows,
      users,
      audit,
      settings,
      intakeDrafts: storedDrafts,
    } = await db.transaction('r', [db.cases, db.users, db.audit, db.meta, db.intakeDrafts], async () => ({
      rows: await db.cases.toArray(),
      users: await db.users.toArray(),
      audit: await db.audit.orderBy('sequence').toArray(),
      settings: await db.meta.get(SETTINGS_KEY),
      intakeDrafts: await db.intakeDrafts.toArray(),
    }));
    // Drafts are encrypted under the data key in the database; the backup file seals them under its passphrase instead.
    const intakeDrafts = await readDraftsForBackup(context, actor, storedDrafts);
    const content: BackupContent = {
      caseFiles: {
        format: CASE_FILE_FORMAT,
        exportedAt: createdAt,
        exportedBy: { ...actor },
        description: `${kind} backup of the ${workspace} workspace`,
        cases: rows.map((row) => row.caseFile),
      },
      users: full ? users : users.map(toUserProfile),
      audit,
      ...(isRecord(settings?.value) ? { settings: settings.value } : {}),
      ...(intakeDrafts.length > 0 ? { intakeDrafts } : {}),
    };
    return {
      contentText: JSON.stringify(content),
      counts: { cases: rows.length, users: users.length, auditEvents: audit.length },
      last: audit[audit.length - 1],
    };
  }

  /**
   * Replaces the workspace's data with a backup, all or nothing. Everything is checked
   * before the first write: the whole file against the schema, the content hash, the
   * counts, the audit chain inside the file. The write is then one transaction, so a
   * failure half-way leaves the database exactly as it was.
   */
  async function restoreBackup(actor: Actor, file: string | Uint8Array, passphrase: string | CryptoKey | undefined): Promise<RestoreSummary> {
    assertPermission(actor, 'backup.restore', workspace);
    const backup = await validateBackup(typeof file === 'string' ? file : new TextDecoder().decode(file), passphrase, { minimumPasswordIterations });
    if (backup.manifest.workspace !== workspace) {
      throw new BackupError(`This is a backup of the ${backup.manifest.workspace} workspace; it can only be restored there.`, [], 'otherWorkspace');
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
    const [restoreEvent] = sealAuditEvents(backupHead, [
      {
        ...(secret ? { sealedRows: true as const } : {}),
        id: context.newId(),
        actor: { ...actor },
        at: context.now().toISOString(),
        action: 'backup.restored',
        // Names what was replaced, so the overwritten trail can still be matched to an older backup.
        subject:
          `${backup.manifest.kind} backup of ${backup.manifest.createdAt} (${cases.length} cases); replaced audit trail ended at #${replacedHead.sequence} ${replacedHead.hash.slice(0, 16)}`.slice(
            0,
            300,
          ),
        changes: [],
      },
    ]);
    if (!restoreEvent) throw new Error('The restore could not be recorded.');
    // Every restored case was written by the restore event: stamped with its hash, and sealed under the workspace key.
    await stampAndSeal(rows, restoreEvent.hash, secret?.auditKey);
    const intakeDrafts = await sealDraftsForRestore(context, actor, backup.content.intakeDrafts ?? []);

    const usersNeedingPassword: string[] = [];
    // The restored cases' words are stored again from scratch (searchLexicon.ts).
    const recordKeys = heldRecordKeys(db.keyHolder);
    if (recordKeys) forgetSearchLexicon(recordKeys, db.name);
    await db.transaction('rw', [db.cases, db.caseKeys, db.audit, db.counts, db.meta, db.users, db.intakeDrafts, db.searchWords, db.keyWraps], async () => {
      // A standard backup has no password hashes: keep the ones this database has for the same accounts.
      const existing = new Map((await db.users.toArray()).map((user) => [user.id, user] as const));
      const users: UserRecord[] = backup.content.users.map((user) => {
        if (user.passwordHash) return user;
        const known = existing.get(user.id)?.passwordHash;
        if (!known) usersNeedingPassword.push(user.username);
        return known ? { ...user, passwordHash: known } : user;
      });
      // Production keeps an administrator who can sign in, whatever the file holds (an empty account list included).
      if (workspace === 'production' && !users.some((user) => user.role === 'administrator' && user.active && user.passwordHash)) {
        throw new BackupError(
          'After this restore no administrator could sign in (the backup has no active administrator with a password). Use a full backup, or set a password for an administrator first.',
          [],
          'noAdministrator',
        );
      }
      // Encryption at rest: the restored rows are sealed under this installation's data key, which
      // only accounts holding a wrap of it can open. When no active administrator of the file
      // holds one (a restore on a new installation), the restoring administrator stays, so that
      // someone can sign in, read the cases and set the others' passwords (which wraps the key
      // for them); the accounts without a wrap are named, like those without a password.
      if (workspace === 'production' && heldRecordKeys(db.keyHolder)) {
        const holders = new Set((await db.keyWraps.toArray()).flatMap((wrap) => (wrap.dataKey ? [wrap.userId] : [])));
        const restoring = existing.get(actor.userId);
        if (!users.some((user) => user.role === 'administrator' && user.active && holders.has(user.id)) && restoring) {
          if (!users.some((user) => user.id === restoring.id || user.username === restoring.username)) users.push(restoring);
        }
        for (const user of users)
          if (user.active && !holders.has(user.id) && !usersNeedingPassword.includes(user.username)) usersNeedingPassword.push(user.username);
      }
      // The data key's transit copy (dataKey.ts) belongs to the accounts' key wraps, which a restore keeps.
      // So does whether the store is sealed (sealedStore.ts): the restored rows are sealed as they are written.
      const [transit, sealing] = await Promise.all([db.meta.get(DATA_KEY_TRANSIT), db.meta.get(STORE_SEALING_META)]);
      await Promise.all([
        db.cases.clear(),
        db.caseKeys.clear(),
        db.audit.clear(),
        db.counts.clear(),
        db.users.clear(),
        db.meta.clear(),
        db.intakeDrafts.clear(),
        db.searchWords.clear(),
      ]);
      if (transit) await db.meta.put(transit);
      if (sealing) await db.meta.put(sealing);
      await db.intakeDrafts.bulkAdd(intakeDrafts);
      await addCaseRows(db, rows);
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

    /**
     * What the restore screen shows before the passphrase is typed: the clear copy of the
     * manifest. Not trusted: the restore checks it against the sealed one.
     */
    previewBackup(file: string | Uint8Array): Record<string, unknown> {
      return readSealedHeader(typeof file === 'string' ? file : new TextDecoder().decode(file)).preview;
    },

    /** Makes a backup and saves it through the host's save dialog. Returns where, or undefined if cancelled. */
    async saveBackup(actor: Actor, host: Pick<HostApi, 'saveFile'>, options: BackupOptions): Promise<{ path: string; manifest: BackupManifest } | undefined> {
      const backup = await createBackup(actor, options);
      const result = unwrapIpcResult(
        await host.saveFile({
          suggestedName: backup.fileName,
          contentType: 'application/json',
          content: backup.text,
          filters: [{ name: 'eRCMS backup', extensions: ['json'] }],
        }),
      );
      return result.status === 'saved' ? { path: result.path, manifest: backup.manifest } : undefined;
    },

    /** Asks the host for a backup file and restores it. Undefined if the user cancelled. */
    async openAndRestore(actor: Actor, host: Pick<HostApi, 'openFile'>, passphrase: string): Promise<RestoreSummary | undefined> {
      assertPermission(actor, 'backup.restore', workspace);
      const result = unwrapIpcResult(await host.openFile({ title: 'Restore an eRCMS backup', filters: [{ name: 'eRCMS backup', extensions: ['json'] }] }));
      return result.status === 'opened' ? restoreBackup(actor, result.bytes, passphrase) : undefined;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** Above this a settings object is not settings (a backup carrying 50 MB of junk there is refused). */
const MAX_SETTINGS_CHARACTERS = 16_384;

/**
 * Every check a backup file must pass before anything is written: the seal (passphrase,
 * and every byte of the file), then the sealed manifest and content against their schema,
 * the content hash, the counts, the audit chain inside the file, duplicate cases and
 * accounts, the settings against their schema, and the strength of password hashes.
 */
export async function validateBackup(
  text: string,
  passphrase: string | CryptoKey | undefined,
  options: { minimumPasswordIterations?: number } = {},
): Promise<BackupFile> {
  const sealed = await openSealedBackup(text, passphrase);
  let raw: unknown;
  try {
    raw = JSON.parse(sealed);
  } catch {
    throw new BackupError('This backup file is damaged (its sealed content is not valid JSON).', [], 'damaged');
  }
  const parsed = BackupFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new BackupError(`This backup file is damaged or not an eRCMS backup (${parsed.error.issues.length} problem(s) found).`, issues, 'damaged');
  }
  const backup = parsed.data;
  // Hash the content as it is in the file (raw parse, same key order as written).
  const rawContent = (raw as { content: unknown }).content;
  if ((await sha256Hex(JSON.stringify(rawContent))) !== backup.manifest.contentSha256) {
    throw new BackupError('This backup file was changed after it was made (its SHA-256 does not match the manifest), so it cannot be trusted.', [], 'damaged');
  }
  if (backup.manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of eRCMS (database schema ${backup.manifest.schemaVersion}). Update the application first.`,
      [],
      'newerVersion',
    );
  }
  const { counts } = backup.manifest;
  const content = backup.content;
  if (counts.cases !== content.caseFiles.cases.length || counts.users !== content.users.length || counts.auditEvents !== content.audit.length) {
    throw new BackupError('This backup file is incomplete: its manifest counts do not match its content.', [], 'incomplete');
  }
  const chain = await verifyAuditSegment(GENESIS_HEAD, content.audit);
  if ('ok' in chain) throw new BackupError(`The audit trail inside this backup is broken: ${chain.message}`, [], 'auditBroken');
  const head = content.audit[content.audit.length - 1];
  if ((head?.sequence ?? 0) !== backup.manifest.auditTrail.head.sequence || (head?.hash ?? GENESIS_HEAD.hash) !== backup.manifest.auditTrail.head.hash) {
    throw new BackupError('The audit trail inside this backup does not end where its manifest says.', [], 'auditBroken');
  }
  const ids = new Set<string>();
  const references = new Set<string>();
  for (const caseFile of content.caseFiles.cases) {
    if (ids.has(caseFile.id) || references.has(caseFile.reference))
      throw new BackupError(`This backup contains case ${caseFile.reference} twice.`, [], 'duplicateCase');
    ids.add(caseFile.id);
    references.add(caseFile.reference);
  }
  const userIds = new Set<string>();
  const usernames = new Set<string>();
  const minimumIterations = options.minimumPasswordIterations ?? DEFAULT_PBKDF2_ITERATIONS;
  for (const user of content.users) {
    if (userIds.has(user.id) || usernames.has(user.username))
      throw new BackupError(`This backup contains the account ${user.username} twice.`, [], 'duplicateUser');
    userIds.add(user.id);
    usernames.add(user.username);
    if (user.passwordHash && user.passwordHash.iterations < minimumIterations) {
      throw new BackupError(`The password of account ${user.username} in this backup is hashed too weakly to be restored.`, [], 'weakPasswordHash');
    }
  }
  if (content.settings !== undefined) {
    if (JSON.stringify(content.settings).length > MAX_SETTINGS_CHARACTERS || !SettingsSchema.strict().safeParse(content.settings).success) {
      throw new BackupError('The settings in this backup are not settings eRCMS knows.', [], 'settingsInvalid');
    }
  }
  return backup;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type { StoredAuditEvent };
