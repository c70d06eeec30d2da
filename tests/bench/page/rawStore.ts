/**
 * The benchmark's baseline: the same operations written directly against IndexedDB, with
 * nothing the app adds (no Dexie, no validation, no counts, no permission checks, no
 * audit chain head, no encryption). It uses the same object store layout and indexes as the
 * app's latest schema (renderer/src/db/database.ts: the case rows, and their search keys in a
 * table beside them) and the same index-field derivation (toCaseRow and caseSearchKeysOf, with
 * the next deadline from shared/rules), so the ratio app/raw measures what the app's layers
 * cost, not a different data layout.
 */
import { toCaseRow, type CaseRow, type NextDeadlineOf } from '../../../renderer/src/db/caseRow';
import { caseSearchKeysOf, type CaseSearchKeys } from '../../../renderer/src/db/caseSearchKeys';
import { canonicalJson } from '../../../renderer/src/db/canonicalJson';
import { normaliseDocumentNumber } from '../../../renderer/src/db/foldName';
import { sha256Hex } from '../../../renderer/src/db/sha256';
import type { CaseFile } from '../../../shared/model/caseFile';

interface RawAuditEvent {
  sequence: number;
  caseId: string;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
  previousHash: string;
  hash: string;
}

const compoundIndexes: [string, string[]][] = [
  ['[updatedAt+id]', ['updatedAt', 'id']],
  ['[stage+updatedAt+id]', ['stage', 'updatedAt', 'id']],
  ['[assignee+stage+updatedAt+id]', ['assignee', 'stage', 'updatedAt', 'id']],
  ['[nationality+updatedAt+id]', ['nationality', 'updatedAt', 'id']],
  ['[route+updatedAt+id]', ['route', 'updatedAt', 'id']],
  ['[deadlineOrder+id]', ['deadlineOrder', 'id']],
  ['[sortName+id]', ['sortName', 'id']],
  ['[awaitingApprovalSince+id]', ['awaitingApprovalSince', 'id']],
];

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
}

/** 2: the search keys in their own store, as the app's schema v9 (a kept bench store of layout 1 is dropped and seeded again). */
const RAW_LAYOUT = 2;

export function openRaw(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, RAW_LAYOUT);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const store of [...db.objectStoreNames]) db.deleteObjectStore(store);
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('reference', 'reference', { unique: true });
    for (const [indexName, keyPath] of compoundIndexes) cases.createIndex(indexName, keyPath);
    const keys = db.createObjectStore('caseKeys', { keyPath: 'id' });
    keys.createIndex('documentNumbers', 'documentNumbers', { multiEntry: true });
    keys.createIndex('nameKeys', 'nameKeys', { multiEntry: true });
    keys.createIndex('numberTails', 'numberTails', { multiEntry: true });
    db.createObjectStore('audit', { keyPath: 'sequence' });
  };
  return request(open);
}

/** The search keys as the raw side stores them: in clear, without the numbers as recorded (which only the app's sealing uses). */
function rawSearchKeys(caseFile: CaseFile): CaseSearchKeys {
  const { numbers: _numbers, ...keys } = caseSearchKeysOf(caseFile);
  return keys;
}

export async function rawSeed(db: IDBDatabase, caseFiles: readonly CaseFile[], nextDeadlineOf: NextDeadlineOf): Promise<void> {
  const tx = db.transaction(['cases', 'caseKeys'], 'readwrite');
  const store = tx.objectStore('cases');
  const keys = tx.objectStore('caseKeys');
  for (const caseFile of caseFiles) {
    store.put(toCaseRow(caseFile, nextDeadlineOf));
    keys.put(rawSearchKeys(caseFile));
  }
  await done(tx);
}

/** The cases of these ids, in this order, read in one transaction. */
function casesById(db: IDBDatabase, ids: readonly IDBValidKey[]): Promise<CaseRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const cases = db.transaction('cases', 'readonly').objectStore('cases');
  return Promise.all(ids.map((id) => request(cases.get(id) as IDBRequest<CaseRow>)));
}

/** Up to `limit` distinct case ids from a key cursor over a search-key index. */
function distinctIds(source: IDBIndex, range: IDBKeyRange, limit: number): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const ids: IDBValidKey[] = [];
    const seen = new Set<IDBValidKey>();
    const cursorRequest = source.openKeyCursor(range);
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve(ids);
      if (!seen.has(cursor.primaryKey)) {
        seen.add(cursor.primaryKey);
        ids.push(cursor.primaryKey);
      }
      if (ids.length >= limit) return resolve(ids);
      cursor.continue();
    };
  });
}

/** Up to `limit` rows from a cursor. */
function collect(source: IDBIndex, range: IDBKeyRange | null, direction: IDBCursorDirection, limit: number): Promise<CaseRow[]> {
  return new Promise((resolve, reject) => {
    const rows: CaseRow[] = [];
    const cursorRequest = source.openCursor(range, direction);
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || rows.length >= limit) return resolve(rows);
      rows.push(cursor.value as CaseRow);
      if (rows.length >= limit) return resolve(rows);
      cursor.continue();
    };
  });
}

export async function rawOpenFirstPage(name: string, pageSize: number): Promise<CaseRow[]> {
  const db = await openRaw(name);
  try {
    return await collect(db.transaction('cases', 'readonly').objectStore('cases').index('[updatedAt+id]'), null, 'prev', pageSize);
  } finally {
    db.close();
  }
}

export function rawPageAfter(db: IDBDatabase, key: IDBValidKey, pageSize: number): Promise<CaseRow[]> {
  return collect(db.transaction('cases', 'readonly').objectStore('cases').index('[updatedAt+id]'), IDBKeyRange.upperBound(key, true), 'prev', pageSize);
}

/** The index key of the row at `offset` in updatedAt-descending order (bench setup, not timed). */
export function rawKeyAtOffset(db: IDBDatabase, offset: number): Promise<IDBValidKey | undefined> {
  return new Promise((resolve, reject) => {
    const cursorRequest = db.transaction('cases', 'readonly').objectStore('cases').index('[updatedAt+id]').openKeyCursor(null, 'prev');
    let advanced = offset === 0;
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve(undefined);
      if (!advanced) {
        advanced = true;
        cursor.advance(offset);
        return;
      }
      resolve(cursor.key);
    };
  });
}

export async function rawNamePrefix(db: IDBDatabase, prefix: string, limit: number): Promise<CaseRow[]> {
  const index = db.transaction('caseKeys', 'readonly').objectStore('caseKeys').index('nameKeys');
  return casesById(db, await distinctIds(index, IDBKeyRange.bound(prefix, `${prefix}\uffff`), limit));
}

export async function rawDocumentLookup(db: IDBDatabase, number: string): Promise<CaseRow[]> {
  const index = db.transaction('caseKeys', 'readonly').objectStore('caseKeys').index('documentNumbers');
  return casesById(db, await request(index.getAllKeys(normaliseDocumentNumber(number))));
}

/** Walks the stage index newest first, keeping the rows of the nationality, if one is given (no index on the pair, as in the app). */
export function rawFilterStageNationality(db: IDBDatabase, stage: string, nationality: string | undefined, pageSize: number): Promise<CaseRow[]> {
  return new Promise((resolve, reject) => {
    const rows: CaseRow[] = [];
    const cursorRequest = db
      .transaction('cases', 'readonly')
      .objectStore('cases')
      .index('[stage+updatedAt+id]')
      .openCursor(IDBKeyRange.bound([stage], [stage, []]), 'prev');
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve(rows);
      const row = cursor.value as CaseRow;
      if (nationality === undefined || row.nationality === nationality) rows.push(row);
      if (rows.length >= pageSize) return resolve(rows);
      cursor.continue();
    };
  });
}

/** One stage change with a hash-chained audit event, written in one transaction. */
export async function rawAction(
  db: IDBDatabase,
  caseId: string,
  expectedVersion: number,
  stage: string,
  now: Date,
  nextDeadlineOf: NextDeadlineOf,
): Promise<void> {
  const headTx = db.transaction('audit', 'readonly');
  const last = await new Promise<RawAuditEvent | undefined>((resolve, reject) => {
    const cursorRequest = headTx.objectStore('audit').openCursor(null, 'prev');
    cursorRequest.onsuccess = () => resolve(cursorRequest.result?.value as RawAuditEvent | undefined);
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
  });
  const tx0 = db.transaction('cases', 'readonly');
  const row = (await request(tx0.objectStore('cases').get(caseId))) as CaseRow | undefined;
  if (!row) throw new Error(`raw: case ${caseId} missing`);
  const at = now.toISOString();
  const caseFile: CaseFile = { ...row.caseFile, stage: stage as CaseFile['stage'], version: row.caseFile.version + 1, updatedAt: at, updatedBy: 'bench' };
  const unsealed = {
    sequence: (last?.sequence ?? 0) + 1,
    caseId,
    at,
    action: 'stage',
    before: row.stage,
    after: stage,
    previousHash: last?.hash ?? '0'.repeat(64),
  };
  const event: RawAuditEvent = { ...unsealed, hash: await sha256Hex(canonicalJson(unsealed)) };
  const tx = db.transaction(['cases', 'audit'], 'readwrite');
  const cases = tx.objectStore('cases');
  const current = (await request(cases.get(caseId))) as CaseRow | undefined;
  if (current?.caseFile.version !== expectedVersion) {
    tx.abort();
    throw new Error('raw: version conflict');
  }
  cases.put(toCaseRow(caseFile, nextDeadlineOf));
  tx.objectStore('audit').add(event);
  await done(tx);
}

export async function rawBackup(db: IDBDatabase): Promise<Blob> {
  const tx = db.transaction(['cases', 'caseKeys', 'audit'], 'readonly');
  const [rows, keys, audit] = await Promise.all([
    request(tx.objectStore('cases').getAll()),
    request(tx.objectStore('caseKeys').getAll()),
    request(tx.objectStore('audit').getAll()),
  ]);
  return new Blob([JSON.stringify({ rows, keys, audit })], { type: 'application/json' });
}

export async function rawRestore(db: IDBDatabase, blob: Blob): Promise<number> {
  const { rows, keys, audit } = JSON.parse(await blob.text()) as { rows: CaseRow[]; keys: CaseSearchKeys[]; audit: RawAuditEvent[] };
  const tx = db.transaction(['cases', 'caseKeys', 'audit'], 'readwrite');
  const cases = tx.objectStore('cases');
  const caseKeys = tx.objectStore('caseKeys');
  const events = tx.objectStore('audit');
  cases.clear();
  caseKeys.clear();
  events.clear();
  for (const row of rows) cases.put(row);
  for (const row of keys) caseKeys.put(row);
  for (const event of audit) events.put(event);
  await done(tx);
  return rows.length;
}
