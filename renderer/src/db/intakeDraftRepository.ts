import { Dexie } from 'dexie';
import type { Actor } from '../../../shared/model/actor';
import { IntakeDraftRecordSchema, LEGACY_INTAKE_DRAFT_DATABASE, type IntakeDraft } from './intakeDraftRecord';
import { assertPermission } from './permissions';
import type { StoreContext } from './storeContext';

/**
 * Intake drafts of one workspace: each user reads and writes only their own, and only if
 * their role may open a case here. Drafts are not audited: they are saved as the caseworker
 * types (every few hundred milliseconds) and become a case, with its audit event, only
 * when the case is opened.
 */
export function createIntakeDraftRepository(context: StoreContext) {
  const { db, workspace } = context;

  return {
    /** The actor's stored draft, or undefined when there is none or it cannot be read. */
    async load(actor: Actor): Promise<IntakeDraft | undefined> {
      assertPermission(actor, 'case.open', workspace);
      const parsed = IntakeDraftRecordSchema.safeParse(await db.intakeDrafts.get(actor.userId));
      if (!parsed.success) return undefined;
      const { userId: _userId, ...draft } = parsed.data;
      return draft;
    },

    async save(actor: Actor, draft: IntakeDraft): Promise<void> {
      assertPermission(actor, 'case.open', workspace);
      await db.intakeDrafts.put(IntakeDraftRecordSchema.parse({ ...draft, userId: actor.userId }));
    },

    async discard(actor: Actor): Promise<void> {
      assertPermission(actor, 'case.open', workspace);
      await db.intakeDrafts.delete(actor.userId);
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
