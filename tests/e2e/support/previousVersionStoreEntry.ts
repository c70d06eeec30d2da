/**
 * Test-only script, bundled by previousVersionStore.ts and run in a bare page of the app's
 * origin (no app loaded, so nothing opens the database at the current schema first): writes
 * the production store the previous version left, for the migration end-to-end test
 * (storeMigration.spec.ts). Nothing of it is in the app's build.
 *
 * The previous version's rows are case rows and audit events in clear: the current store
 * code writes exactly those while it holds no record keys and its `meta` has no
 * `storeSealing` row (sealedStore.ts). So the store is opened at the current schema (v9; the
 * previous version's v7 lacks the empty `searchWords` table and keeps the search keys inside
 * the case rows, and the current code's audited writes name the v8 and v9 tables, so they
 * cannot run at v7: the v7 → v8 → v9 upgrades themselves are tests/unit/db/migrations.test.ts's), the first administrator is created through the store
 * (workspace secret, data key wrapped for the administrator, as the previous version made
 * them), the data key is dropped, and the cases are imported through the store's audited bulk
 * import: rows, counts and a keyed audit chain as the previous version wrote them.
 */
import type { Actor } from '../../../shared/model/actor';
import type { UserProfile } from '../../../renderer/src/db/userRecord';
import { dropDataKey } from '../../../renderer/src/db/workspaceKeyring';
import { openWorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';

export interface PreviousVersionStoreOptions {
  administrator: { username: string; displayName: string; password: string };
  /** Imports the cases (administrators do not work cases). */
  supervisor: { username: string; displayName: string; password: string };
  count: number;
  batchSize: number;
}

export interface PreviousVersionStore {
  cases: number;
  auditEvents: number;
  /** IndexedDB's version of the database (Dexie's schema version × 10). */
  databaseVersion: number;
  /** Rows read back in raw IndexedDB that carry a `sealed` field (must be none). */
  sealedRows: number;
  /** Case rows read back in raw IndexedDB that hold their case file in clear. */
  clearCaseRows: number;
  /** Whether `meta` has the migration's row (must not: the previous version had none). */
  sealingMarked: boolean;
}

function actorOf(account: UserProfile): Actor {
  return { userId: account.id, displayName: account.displayName, role: account.role };
}

async function writePreviousVersionStore(options: PreviousVersionStoreOptions): Promise<PreviousVersionStore> {
  const store = openWorkspaceStore('production', {});
  try {
    const administrator = await store.users.createFirstAdministrator(options.administrator);
    const supervisor = await store.users.createUser(actorOf(administrator), { ...options.supervisor, role: 'supervisor' });
    // The accounts' `user.created` events were sealed (the key is held from the first account's
    // creation on); the previous version wrote them in clear: the same events, written back without the key.
    const keyed = await store.db.audit.toArray();
    dropDataKey(store.db);
    await store.db.audit.bulkPut(keyed);
    const actor = actorOf(supervisor);
    for (let from = 0; from < options.count; from += options.batchSize) {
      const batch = generateCases(from, Math.min(options.batchSize, options.count - from));
      await store.cases.importCases(actor, batch, { validate: false, description: 'previous version' });
    }
  } finally {
    store.close();
  }
  return readRaw(store.db.name);
}

/** What IndexedDB itself holds, without Dexie or the store's middleware. */
async function readRaw(name: string): Promise<PreviousVersionStore> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error(`${name} did not open`));
  });
  try {
    const all = (table: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const reading = db.transaction(table, 'readonly').objectStore(table).getAll();
        reading.onsuccess = () => resolve(reading.result as unknown[]);
        reading.onerror = () => reject(reading.error ?? new Error(`${table} not read`));
      });
    const [cases, audit, meta] = await Promise.all([all('cases'), all('audit'), all('meta')]);
    const has = (row: unknown, field: string) => typeof row === 'object' && row !== null && field in row;
    return {
      cases: cases.length,
      auditEvents: audit.length,
      databaseVersion: db.version,
      sealedRows: [...cases, ...audit].filter((row) => has(row, 'sealed')).length,
      clearCaseRows: cases.filter((row) => has(row, 'caseFile')).length,
      sealingMarked: meta.some((row) => (row as { key?: unknown }).key === 'storeSealing'),
    };
  } finally {
    db.close();
  }
}

Object.assign(window, { ercmsE2eWritePreviousVersionStore: writePreviousVersionStore });
