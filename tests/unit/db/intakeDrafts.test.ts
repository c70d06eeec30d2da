import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/model/actor';
import { createBackupService } from '../../../renderer/src/db/backup';
import { openSealedBackup } from '../../../renderer/src/db/backupSeal';
import { ErcmsDatabase, LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/database';
import { PermissionError } from '../../../renderer/src/db/errors';
import { LEGACY_INTAKE_DRAFT_DATABASE } from '../../../renderer/src/db/intakeDraftRecord';
import { deleteLegacyIntakeDraftDatabase } from '../../../renderer/src/db/intakeDraftRepository';
import { workspaceDatabaseNames } from '../../../renderer/src/db/workspace';
import { resetTrainingWorkspace, type WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { administrator, caseworker, openTestStore, otherCaseworker, supervisor, trainer } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function opened(store: WorkspaceStore): WorkspaceStore {
  stores.push(store);
  return store;
}

/** Drafts are sealed under the workspace data key: the first administrator's creation puts it in this window's memory. */
async function withDataKey(store: WorkspaceStore): Promise<WorkspaceStore> {
  await signedInAdministrator(store);
  return store;
}

/** The first administrator, signed in: the workspace's data key is in this window's memory. */
async function signedInAdministrator(store: WorkspaceStore): Promise<Actor> {
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  return store.users.authenticate('tom', 'correct horse battery');
}

const PASSPHRASE = 'a long backup passphrase';
/** Test stores hash passwords with 1,000 iterations (testStore.ts). */
const backupOptions = { minimumPasswordIterationsForTestsOnly: 1_000 };

const draft = { savedAt: '2026-11-23T09:00:00.000Z', step: 2, values: { identity: { primaryName: { familyName: 'HOXHA', givenNames: 'Ardit' } } } };

describe('intake drafts in the workspace database', () => {
  it('v4 → v5 adds the drafts table and keeps every record', async () => {
    const indexedDB = new IDBFactory();
    const old = new ErcmsDatabase('ercms-drafts-migration', { schemaVersion: 4, indexedDB, IDBKeyRange });
    await old.table('users').add({
      id: 'user-admin-1',
      username: 'admin',
      displayName: 'Tom Claes',
      role: 'administrator',
      active: true,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'system',
      version: 1,
    });
    await old.table('meta').put({ key: 'settings', value: { office: 'ANR' } });
    expect(old.tables.map((table) => table.name)).not.toContain('intakeDrafts');
    old.close();

    const db = new ErcmsDatabase('ercms-drafts-migration', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.users.count()).toBe(1);
    expect((await db.meta.get('settings'))?.value).toEqual({ office: 'ANR' });
    await db.intakeDrafts.put({ userId: 'user-caseworker-1', ...draft });
    expect(await db.intakeDrafts.get('user-caseworker-1')).toMatchObject({ step: 2 });
    db.close();
  });

  it('keeps one draft per user: each reads only their own', async () => {
    const store = await withDataKey(opened(openTestStore()));
    await store.intakeDrafts.save(caseworker, draft);
    expect(await store.intakeDrafts.load(caseworker)).toEqual(draft);
    expect(await store.intakeDrafts.load(otherCaseworker)).toBeUndefined();
    await store.intakeDrafts.save(caseworker, { ...draft, step: 3 });
    expect(await store.db.intakeDrafts.count()).toBe(1);
    await store.intakeDrafts.discard(caseworker);
    expect(await store.intakeDrafts.load(caseworker)).toBeUndefined();
  });

  it('a discard asked while a save is still sealing wins: saves and discards land in the order asked', async () => {
    const store = await withDataKey(opened(openTestStore()));
    // The save of the last keystroke is sealing (WebCrypto) when the case is saved and the draft discarded.
    const saving = store.intakeDrafts.save(caseworker, draft);
    await store.intakeDrafts.discard(caseworker);
    await saving;
    expect(await store.intakeDrafts.load(caseworker)).toBeUndefined();
    // And a save asked after the discard is kept.
    const discarding = store.intakeDrafts.discard(caseworker);
    await store.intakeDrafts.save(caseworker, { ...draft, step: 4 });
    await discarding;
    expect((await store.intakeDrafts.load(caseworker))?.step).toBe(4);
  });

  it('is refused to whoever may not open a case here (administrators; trainers in production)', async () => {
    const production = opened(openTestStore('production'));
    await expect(production.intakeDrafts.save(administrator, draft)).rejects.toBeInstanceOf(PermissionError);
    await expect(production.intakeDrafts.load(trainer)).rejects.toBeInstanceOf(PermissionError);
    const training = await withDataKey(opened(openTestStore('training')));
    await expect(training.intakeDrafts.save(trainer, draft)).resolves.toBeUndefined();
  });

  it('goes with a backup and is replaced by a restore', async () => {
    const store = opened(openTestStore('training'));
    const admin = await signedInAdministrator(store);
    await store.intakeDrafts.save(trainer, draft);
    const file = await createBackupService(store.context, backupOptions).createBackup(admin, { passphrase: PASSPHRASE });
    expect((JSON.parse(await openSealedBackup(file.text, PASSPHRASE)) as { content: { intakeDrafts?: unknown[] } }).content.intakeDrafts).toHaveLength(1);

    // Another installation: its own data key, under which the restore seals the drafts again.
    const target = opened(openTestStore('training'));
    const targetAdmin = await signedInAdministrator(target);
    await target.intakeDrafts.save(supervisor, { ...draft, step: 5 });
    await createBackupService(target.context, backupOptions).restoreBackup(targetAdmin, file.text, PASSPHRASE);
    expect(await target.intakeDrafts.load(trainer)).toEqual(draft);
    // The draft typed before the restore is not in the backup: it is gone with the rest of that data.
    expect(await target.intakeDrafts.load(supervisor)).toBeUndefined();
  });

  it('is wiped by the training reset', async () => {
    const factory = new IDBFactory();
    const store = await withDataKey(opened(openTestStore('training', { factory, databaseName: 'ercms-training-reset-drafts' })));
    await store.intakeDrafts.save(trainer, draft);
    const fresh = opened(await resetTrainingWorkspace(trainer, store, [], { indexedDB: factory, IDBKeyRange, databaseName: 'ercms-training-reset-drafts' }));
    expect(await fresh.intakeDrafts.load(trainer)).toBeUndefined();
  });
});

describe('no IndexedDB database but the workspaces’', () => {
  it('a sign-in and an intake draft create only the workspace database (and its audit anchor)', async () => {
    const indexedDB = new IDBFactory();
    const store = opened(openTestStore('production', { factory: indexedDB, databaseName: workspaceDatabaseNames.production }));
    await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await store.users.authenticate('tom', 'correct horse battery');
    await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
    const an = await store.users.authenticate('an', 'another long password');
    await store.intakeDrafts.save(an, draft);

    const names = (await indexedDB.databases()).map((database) => database.name ?? '');
    expect(names).toContain(workspaceDatabaseNames.production);
    expect(names).not.toContain(LEGACY_INTAKE_DRAFT_DATABASE);
    // The audit trail's anchor (auditAnchor.ts) is the workspace's own, named after it; nothing else exists.
    for (const name of names) expect([workspaceDatabaseNames.production, `${workspaceDatabaseNames.production}-anchor`]).toContain(name);
  });

  it('deletes the draft database earlier versions left behind', async () => {
    const indexedDB = new IDBFactory();
    const legacy = new Dexie(LEGACY_INTAKE_DRAFT_DATABASE, { indexedDB, IDBKeyRange });
    legacy.version(1).stores({ drafts: 'key' });
    await legacy.table('drafts').put({ key: 'production:user-caseworker-1', savedAt: draft.savedAt, step: 1, values: {} });
    legacy.close();
    expect((await indexedDB.databases()).map((database) => database.name)).toContain(LEGACY_INTAKE_DRAFT_DATABASE);

    await deleteLegacyIntakeDraftDatabase({ indexedDB, IDBKeyRange });
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(LEGACY_INTAKE_DRAFT_DATABASE);
  });
});
