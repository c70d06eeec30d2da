import { Dexie } from 'dexie';
import type { ErcmsDatabase } from './database';
import { WorkspaceLockedError } from './errors';
import { setStoreSealing, STORE_SEALING_META, storeSealing } from './sealedStore';
import { heldRecordKeys } from './workspaceKeyring';

/**
 * The migration of a clear store to a sealed one (issue 14, point 4), run at the first sign-in
 * after the upgrade, in the window that holds the key: every case row is written again
 * (sealedStore.ts seals it, with its search tokens, and stores its name words in the lexicon),
 * then every audit event, in chunks. Each chunk and the progress row that names the last key
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
  table: 'cases' | 'audit';
  done: number;
  total: number;
}

interface MigrationMark {
  /** 'migrating' while under way; the last key reached in each table. */
  value: 'migrating' | 'sealed';
  casesAfter?: string;
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
  let written = 0;
  const [caseTotal, auditTotal] = await Promise.all([db.cases.count(), db.audit.count()]);
  const total = caseTotal + auditTotal;
  let done = mark.done ?? 0;

  for (;;) {
    const after = mark.casesAfter;
    const chunk = await db.transaction('rw', [db.cases, db.meta, db.searchWords], async () => {
      const rows = await (after === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(STORE_ENCRYPTION_CHUNK).toArray();
      const last = rows[rows.length - 1];
      if (!last) return 0;
      // Written back as read: the middleware seals each and turns its search keys into tokens.
      // Rows already sealed under this key (written since the upgrade) are left as they are.
      const clear = rows.filter((row) => row.keyId !== keys.keyId);
      if (clear.length > 0) await db.cases.bulkPut(clear);
      mark.casesAfter = last.id;
      mark.done = done + rows.length;
      await db.meta.put({ key: STORE_SEALING_META, value: { ...mark } });
      return rows.length;
    });
    if (chunk === 0) break;
    done += chunk;
    written += chunk;
    onProgress?.({ table: 'cases', done, total });
  }

  for (;;) {
    const after = mark.auditAfter;
    const chunk = await db.transaction('rw', [db.audit, db.meta], async () => {
      const events = await (after === undefined ? db.audit.orderBy(':id') : db.audit.where(':id').above(after)).limit(STORE_ENCRYPTION_CHUNK * 4).toArray();
      const last = events[events.length - 1];
      if (!last) return 0;
      await db.audit.bulkPut(events);
      mark.auditAfter = last.sequence;
      mark.done = done + events.length;
      await db.meta.put({ key: STORE_SEALING_META, value: { ...mark } });
      return events.length;
    });
    if (chunk === 0) break;
    done += chunk;
    written += chunk;
    onProgress?.({ table: 'audit', done, total });
  }

  await Dexie.ignoreTransaction(() => db.meta.put({ key: STORE_SEALING_META, value: 'sealed' }));
  setStoreSealing(db, 'sealed');
  return written;
}
