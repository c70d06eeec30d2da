import { Dexie, type Table } from 'dexie';
import type { ErcmsDatabase } from './database';
import { WorkspaceLockedError } from './errors';
import { setStoreSealing, STORE_SEALING_META, storeSealing } from './sealedStore';
import { heldRecordKeys } from './workspaceKeyring';

/**
 * The migration of a clear store to a sealed one (issue 14, point 4), run at the first sign-in
 * after the upgrade, in the window that holds the key: every case row is written again
 * (sealedStore.ts seals it), then every case's search keys (turned into tokens, the name words
 * stored in the lexicon), then every audit event, in chunks. Each chunk and the progress row that names the last key
 * it reached are one transaction, so a window closed or killed halfway leaves a consistent
 * store (rows before the mark sealed, after it clear: the middleware reads both) and the next
 * sign-in goes on from the mark. Nothing a row says changes: the audit's hashes and seals are
 * over the clear content, so the trail verifies before and after (storeEncryption.test.ts).
 * At the end the store is marked sealed: from then on nothing is written in clear.
 *
 * The clear values are overwritten in IndexedDB; the browser's files may keep the old bytes in
 * free pages until it compacts them (README, "Encryption at rest").
 */
export interface StoreEncryptionProgress {
  table: 'cases' | 'caseKeys' | 'audit';
  done: number;
  total: number;
}

interface MigrationMark {
  /** 'migrating' while under way; the last key reached in each table. */
  value: 'migrating' | 'sealed';
  casesAfter?: string;
  keysAfter?: string;
  auditAfter?: number;
  done?: number;
}

export const STORE_ENCRYPTION_CHUNK = 500;

/** Whether the store still has rows to seal (a sign-in with the key will run `sealStoreInPlace`). */
export async function storeNeedsSealing(db: ErcmsDatabase): Promise<boolean> {
  if (storeSealing(db) === 'sealed') return false;
  // Read again: another window (or the benchmark's page) may have finished it since this one opened.
  const sealed = (await db.meta.get(STORE_SEALING_META))?.value === 'sealed';
  if (sealed) setStoreSealing(db, 'sealed');
  return !sealed;
}

/**
 * Seals every clear row of the store, resuming where a previous run stopped. Needs the record
 * keys (a signed-in window); reports progress after each chunk. Returns how many rows it wrote.
 */
export async function sealStoreInPlace(db: ErcmsDatabase, onProgress?: (progress: StoreEncryptionProgress) => void): Promise<number> {
  if (!(await storeNeedsSealing(db))) return 0;
  // One window at a time (two signed-in windows would both start it): the second finds it done.
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return sealChunks(db, onProgress);
  return locks.request(`ercms-store-sealing:${db.name}`, async () => ((await storeNeedsSealing(db)) ? sealChunks(db, onProgress) : 0));
}

async function sealChunks(db: ErcmsDatabase, onProgress?: (progress: StoreEncryptionProgress) => void): Promise<number> {
  const keys = heldRecordKeys(db.keyHolder);
  if (!keys) throw new WorkspaceLockedError('locked');
  const start = ((await db.meta.get(STORE_SEALING_META))?.value ?? {}) as Partial<MigrationMark> | string;
  const mark: MigrationMark = typeof start === 'object' ? { value: 'migrating', ...start } : { value: 'migrating' };
  const totals = await Promise.all([db.cases.count(), db.caseKeys.count(), db.audit.count()]);
  const total = totals.reduce((sum, count) => sum + count, 0);
  let done = mark.done ?? 0;
  let written = 0;
  // Written back as read: the middleware seals each row (a case's search keys become tokens and
  // its name words go to the lexicon). Rows already sealed under this key (written since the
  // upgrade) are left as they are; audit events are all written again (a sealed one passes through).
  const unsealed = (row: unknown) => (row as { keyId?: string }).keyId !== keys.keyId;
  const byId = (row: unknown) => (row as { id: string }).id;
  const passes: SealingPass[] = [
    { table: 'cases', after: 'casesAfter', chunk: STORE_ENCRYPTION_CHUNK, tables: [db.cases, db.meta], unsealed, keyOf: byId },
    {
      table: 'caseKeys',
      after: 'keysAfter',
      chunk: STORE_ENCRYPTION_CHUNK * 4,
      tables: [db.caseKeys, db.meta, db.searchWords],
      unsealed,
      keyOf: byId,
    },
    {
      table: 'audit',
      after: 'auditAfter',
      chunk: STORE_ENCRYPTION_CHUNK * 4,
      tables: [db.audit, db.meta],
      unsealed: () => true,
      keyOf: (row) => (row as { sequence: number }).sequence,
    },
  ];
  for (const pass of passes) {
    const table = db.table<unknown, string | number>(pass.table);
    for (;;) {
      const after = mark[pass.after];
      const chunk = await db.transaction('rw', pass.tables, async () => {
        const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(pass.chunk).toArray();
        const last = rows[rows.length - 1];
        if (last === undefined) return 0;
        const unsealed = rows.filter(pass.unsealed);
        if (unsealed.length > 0) await table.bulkPut(unsealed);
        Object.assign(mark, { [pass.after]: pass.keyOf(last) });
        mark.done = done + rows.length;
        await db.meta.put({ key: STORE_SEALING_META, value: { ...mark } });
        return rows.length;
      });
      if (chunk === 0) break;
      done += chunk;
      written += chunk;
      onProgress?.({ table: pass.table, done, total });
    }
  }

  await Dexie.ignoreTransaction(() => db.meta.put({ key: STORE_SEALING_META, value: 'sealed' }));
  setStoreSealing(db, 'sealed');
  return written;
}

interface SealingPass {
  table: StoreEncryptionProgress['table'];
  /** The mark's member that names the last key this pass reached. */
  after: 'casesAfter' | 'keysAfter' | 'auditAfter';
  chunk: number;
  tables: Table[];
  unsealed: (row: unknown) => boolean;
  keyOf: (row: unknown) => string | number;
}
