/**
 * The benchmark's baseline: the same operations written directly against IndexedDB, with
 * nothing the app adds (no Dexie, no validation, no counts, no permission checks, no
 * audit chain head). It uses the same object store layout and indexes as the app's latest
 * schema (renderer/src/db/database.ts) and the same index-field derivation (toCaseRow, with
 * the next deadline from shared/rules), so the ratio app/raw measures what the app's layers
 * cost, not a different data layout.
 */
import { toCaseRow, type CaseRow, type NextDeadlineOf } from '../../../renderer/src/db/caseRow';
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

export function openRaw(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('reference', 'reference', { unique: true });
    for (const [indexName, keyPath] of compoundIndexes) cases.createIndex(indexName, keyPath);
    cases.createIndex('documentNumbers', 'documentNumbers', { multiEntry: true });
    cases.createIndex('nameKeys', 'nameKeys', { multiEntry: true });
    cases.createIndex('numberTails', 'numberTails', { multiEntry: true });
    db.createObjectStore('audit', { keyPath: 'sequence' });
  };
  return request(open);
}

export async function rawSeed(db: IDBDatabase, caseFiles: readonly CaseFile[], nextDeadlineOf: NextDeadlineOf): Promise<void> {
  const tx = db.transaction('cases', 'readwrite');
  const store = tx.objectStore('cases');
  for (const caseFile of caseFiles) store.put(toCaseRow(caseFile, nextDeadlineOf));
  await done(tx);
}

/** Up to `limit` rows from a cursor, optionally skipping rows already seen (multi-entry indexes). */
function collect(source: IDBIndex, range: IDBKeyRange | null, direction: IDBCursorDirection, limit: number, distinct = false): Promise<CaseRow[]> {
  return new Promise((resolve, reject) => {
    const rows: CaseRow[] = [];
    const seen = new Set<IDBValidKey>();
    const cursorRequest = source.openCursor(range, direction);
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || rows.length >= limit) return resolve(rows);
      if (!distinct || !seen.has(cursor.primaryKey)) {
        seen.add(cursor.primaryKey);
        rows.push(cursor.value as CaseRow);
      }
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

export function rawNamePrefix(db: IDBDatabase, prefix: string, limit: number): Promise<CaseRow[]> {
  return collect(db.transaction('cases', 'readonly').objectStore('cases').index('nameKeys'), IDBKeyRange.bound(prefix, `${prefix}\uffff`), 'next', limit, true);
}

export function rawDocumentLookup(db: IDBDatabase, number: string): Promise<CaseRow[]> {
  return request(db.transaction('cases', 'readonly').objectStore('cases').index('documentNumbers').getAll(normaliseDocumentNumber(number))) as Promise<
    CaseRow[]
  >;
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
  const tx = db.transaction(['cases', 'audit'], 'readonly');
  const [rows, audit] = await Promise.all([request(tx.objectStore('cases').getAll()), request(tx.objectStore('audit').getAll())]);
  return new Blob([JSON.stringify({ rows, audit })], { type: 'application/json' });
}

export async function rawRestore(db: IDBDatabase, blob: Blob): Promise<number> {
  const { rows, audit } = JSON.parse(await blob.text()) as { rows: CaseRow[]; audit: RawAuditEvent[] };
  const tx = db.transaction(['cases', 'audit'], 'readwrite');
  const cases = tx.objectStore('cases');
  const events = tx.objectStore('audit');
  cases.clear();
  events.clear();
  for (const row of rows) cases.put(row);
  for (const event of audit) events.put(event);
  await done(tx);
  return rows.length;
}
