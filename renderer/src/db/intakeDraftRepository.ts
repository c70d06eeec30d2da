import { Dexie } from 'dexie';
import type { Actor } from '../../../shared/model/actor';
import type { ErcmsDatabase } from './database';
import {
  IntakeDraftRecordSchema,
  IntakeDraftSchema,
  LEGACY_INTAKE_DRAFT_DATABASE,
  SealedIntakeDraftRowSchema,
  type IntakeDraft,
  type IntakeDraftRecord,
  type SealedIntakeDraftRow,
  type StoredIntakeDraftRow,
} from './intakeDraftRecord';
import { assertPermission } from './permissions';
import { openJson, sealJson } from './sealedPayload';
import type { StoreContext } from './storeContext';
import type { HeldDataKey } from './workspaceKeyring';
import { requireDataKey } from './workspaceKeyring';

/** The additional data of a draft's ciphertext: this workspace's database and whose draft (the draft's id). */
function draftLabel(db: ErcmsDatabase, userId: string): string {
  return `ercms-intake-draft|${db.name}|${userId}`;
}

async function sealDraft(db: ErcmsDatabase, dataKey: HeldDataKey, record: IntakeDraftRecord): Promise<SealedIntakeDraftRow> {
  const { userId, ...draft } = record;
  return { userId, ...(await sealJson(dataKey, draftLabel(db, userId), draft)) };
}

/** A stored row read back: decrypted, or as it was if written in clear before encryption; undefined when it cannot be read. */
async function openDraftRow(db: ErcmsDatabase, dataKey: HeldDataKey, row: StoredIntakeDraftRow): Promise<{ draft: IntakeDraft; clear: boolean } | undefined> {
  const sealed = SealedIntakeDraftRowSchema.safeParse(row);
  if (sealed.success) {
    const parsed = IntakeDraftSchema.safeParse(await openJson(dataKey, draftLabel(db, sealed.data.userId), sealed.data));
    return parsed.success ? { draft: parsed.data, clear: false } : undefined;
  }
  const legacy = IntakeDraftRecordSchema.safeParse(row);
  if (!legacy.success) return undefined;
  const { userId: _userId, ...draft } = legacy.data;
  return { draft, clear: true };
}

/**
 * Every draft of the workspace in clear, for a backup (whose file is sealed under its own
 * passphrase). Needs the data key; a workspace without drafts needs none.
 */
export async function readDraftsForBackup(context: StoreContext, actor: Actor, rows: readonly StoredIntakeDraftRow[]): Promise<IntakeDraftRecord[]> {
  if (rows.length === 0) return [];
  const dataKey = await requireDataKey(context.keyHolder, actor.userId);
  const drafts: IntakeDraftRecord[] = [];
  for (const row of rows) {
    const opened = await openDraftRow(context.db, dataKey, row);
    // A draft under a key this workspace no longer has is unreadable for everyone: it is not carried on.
    if (opened) drafts.push({ ...opened.draft, userId: row.userId });
  }
  return drafts;
}

/** A backup's drafts sealed under this workspace's data key, before the restore's transaction (WebCrypto cannot run inside it). */
export async function sealDraftsForRestore(context: StoreContext, actor: Actor, drafts: readonly IntakeDraftRecord[]): Promise<SealedIntakeDraftRow[]> {
  if (drafts.length === 0) return [];
  const dataKey = await requireDataKey(context.keyHolder, actor.userId);
  return Promise.all(drafts.map((draft) => sealDraft(context.db, dataKey, draft)));
}

/**
 * Intake drafts of one workspace: each user reads and writes only their own, and only if
 * their role may open a case here. Drafts are not audited: they are saved as the caseworker
 * types (every few hundred milliseconds) and become a case, with its audit event, only
 * when the case is opened.
 *
 * Encrypted at rest (issue 14): each save is a new AES-GCM ciphertext under the workspace
 * data key with a fresh IV; reading and saving need the key in memory, so both fail with
 * `WorkspaceLockedError` while the screen is locked or before the password was typed in
 * this window. Discarding needs no key: the row is deleted.
 */
export function createIntakeDraftRepository(context: StoreContext) {
  const { db, workspace, keyHolder } = context;
  // Each user's saves and discards land in the order asked: a save still sealing (WebCrypto)
  // when the case is saved and its draft discarded must not write the draft back after the delete.
  const lastWrite = new Map<string, Promise<unknown>>();
  function inOrder<T>(userId: string, write: () => Promise<T>): Promise<T> {
    const result = (lastWrite.get(userId) ?? Promise.resolve()).catch(() => undefined).then(write);
    const settled = result.catch(() => undefined);
    lastWrite.set(userId, settled);
    void settled.then(() => {
      if (lastWrite.get(userId) === settled) lastWrite.delete(userId);
    });
    return result;
  }

  async function save(actor: Actor, draft: IntakeDraft, dataKey?: HeldDataKey): Promise<void> {
    const key = dataKey ?? (await requireDataKey(keyHolder, actor.userId));
    const record = IntakeDraftRecordSchema.parse({ ...draft, userId: actor.userId });
    await db.intakeDrafts.put(await sealDraft(db, key, record));
  }

  return {
    /** The actor's stored draft, or undefined when there is none or it cannot be read. */
    async load(actor: Actor): Promise<IntakeDraft | undefined> {
      assertPermission(actor, 'case.open', workspace);
      // Whether there is a draft is known without the key (whose it is stays in clear); reading it needs the key.
      const row = await db.intakeDrafts.get(actor.userId);
      if (!row) return undefined;
      const dataKey = await requireDataKey(keyHolder, actor.userId);
      const opened = await openDraftRow(db, dataKey, row);
      // A draft kept in clear by an earlier version is sealed now, so it does not stay readable on disk in this form.
      if (opened?.clear) await inOrder(actor.userId, () => save(actor, opened.draft, dataKey));
      return opened?.draft;
    },

    async save(actor: Actor, draft: IntakeDraft): Promise<void> {
      assertPermission(actor, 'case.open', workspace);
      await inOrder(actor.userId, () => save(actor, draft));
    },

    async discard(actor: Actor): Promise<void> {
      assertPermission(actor, 'case.open', workspace);
      await inOrder(actor.userId, () => db.intakeDrafts.delete(actor.userId));
    },
  };
}

export type IntakeDraftRepository = ReturnType<typeof createIntakeDraftRepository>;

/**
 * Earlier versions kept drafts in a database of their own, outside the workspace (and so
 * outside backup, restore and the training reset). Deleting it on start leaves no personal
 * data behind; a draft in it is lost, which is what the caseworker would see after a reset.
 */
export async function deleteLegacyIntakeDraftDatabase(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): Promise<void> {
  if (options.indexedDB) {
    await new Dexie(LEGACY_INTAKE_DRAFT_DATABASE, {
      indexedDB: options.indexedDB,
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    }).delete();
    return;
  }
  await Dexie.delete(LEGACY_INTAKE_DRAFT_DATABASE);
}
