import { Dexie, type DBCore, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { StoredAuditEvent } from './auditEventRecord';
import type { CaseRow } from './caseRow';
import type { ErcmsDatabase } from './database';
import { WorkspaceLockedError } from './errors';
import type { RecordKeys } from './recordKeys';
import { isSealedAuditEvent, openAuditEvent, sealAuditEvent } from './sealedAuditEvent';
import type { CaseSearchKeys } from './caseSearchKeys';
import { isSealedCaseRow, isSealedCaseSearchKeys, nameWordsOf, openCaseRow, sealCaseRow, sealCaseSearchKeys } from './sealedCaseRow';
import { newSearchWordRows, type SearchWordRow } from './searchLexicon';
import { heldRecordKeys } from './workspaceKeyring';

/**
 * Encryption at rest as one layer of the store (issue 14): a Dexie DBCore middleware on the
 * `cases`, `caseKeys` and `audit` tables that seals every row on its way to IndexedDB and opens it on its
 * way back, inside the same transaction (the cipher is synchronous, recordCipher.ts). Every
 * repository, query, search, export and backup above it reads and writes case files and
 * events as before; nothing above this file knows the rows are sealed, except the search,
 * whose indexes now hold tokens (caseSearch.ts).
 *
 * - Writes: with the record keys held, rows are sealed (and the name words new to the lexicon
 *   stored beside them, in the same transaction when it includes `searchWords`). Without them:
 *   refused (`WorkspaceLockedError`) once the store is sealed; written as they are while the
 *   store is still clear (before its first sign-in after the upgrade, whose migration then
 *   seals them: storeEncryption.ts).
 * - Reads: a sealed row without the keys is refused (`WorkspaceLockedError`); a row in clear
 *   (a store not yet migrated) is read as it is.
 */
export type StoreSealing = 'clear' | 'sealed';

/** The `meta` row that says the store is sealed (written by the migration, storeEncryption.ts). */
export const STORE_SEALING_META = 'storeSealing';

const sealing = new WeakMap<ErcmsDatabase, StoreSealing>();

/** Whether the store's rows are sealed (from `meta`, read when the database opens; set by the migration). */
export function storeSealing(db: ErcmsDatabase): StoreSealing {
  return sealing.get(db) ?? 'clear';
}

export function setStoreSealing(db: ErcmsDatabase, state: StoreSealing): void {
  sealing.set(db, state);
}

function includesTable(trans: DBCoreTransaction, table: string): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names !== undefined && names.contains(table);
}

export function sealedStoreMiddleware(db: ErcmsDatabase): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealedStore',
    create(down) {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          if (tableName === 'cases') return sealingTable(db, down, table, caseSealing);
          if (tableName === 'caseKeys') return sealingTable(db, down, table, caseKeysSealing);
          if (tableName === 'audit') return sealingTable(db, down, table, auditSealing);
          return table;
        },
      };
    },
  };
}

interface RowSealing<Clear, Sealed> {
  /**
   * What a write without the keys does in a sealed store: case rows are refused; audit events
   * are stored in clear, because the events of signing in (a refused password, a lockout) are
   * written before any key is held. They name an account, never a case.
   */
  writtenWhileLocked: 'refused' | 'clear';
  isSealed(row: unknown): row is Sealed;
  seal(row: Clear, keys: RecordKeys, databaseName: string, words: Set<string>): Sealed;
  /** `keys` throws when they are not held; a case row asks for them only when its case file is first read (sealedCaseRow.ts). */
  open(row: Sealed, keys: () => RecordKeys, databaseName: string): Clear;
}

const caseSealing: RowSealing<CaseRow, ReturnType<typeof sealCaseRow>> = {
  writtenWhileLocked: 'refused',
  isSealed: isSealedCaseRow,
  seal: (row, keys, databaseName) => sealCaseRow(row, keys, databaseName),
  open: openCaseRow,
};

/** Search keys become tokens, and their name words go to the lexicon; tokens are never opened (they are only walked as index keys). */
const caseKeysSealing: RowSealing<CaseSearchKeys, CaseSearchKeys> = {
  writtenWhileLocked: 'refused',
  isSealed: isSealedCaseSearchKeys,
  seal(row, keys, _databaseName, words) {
    for (const word of nameWordsOf(row.nameKeys)) words.add(word);
    return sealCaseSearchKeys(row, keys);
  },
  open: (row) => row,
};

const auditSealing: RowSealing<StoredAuditEvent, ReturnType<typeof sealAuditEvent>> = {
  writtenWhileLocked: 'clear',
  isSealed: isSealedAuditEvent,
  seal: (row, keys, databaseName) => sealAuditEvent(row, keys, databaseName),
  open: (row, keys, databaseName) => openAuditEvent(row, keys(), databaseName),
};

function sealingTable<Clear, Sealed>(db: ErcmsDatabase, down: DBCore, table: DBCoreTable, rows: RowSealing<Clear, Sealed>): DBCoreTable {
  const keysForReading = (): RecordKeys => {
    const keys = heldRecordKeys(db.keyHolder);
    if (!keys) throw new WorkspaceLockedError('locked');
    return keys;
  };
  const opened = (value: unknown): unknown => {
    if (!rows.isSealed(value)) return value;
    // Refused at once while locked, even where the case file is opened later.
    keysForReading();
    return rows.open(value, keysForReading, db.name);
  };
  return {
    ...table,
    async mutate(request: DBCoreMutateRequest) {
      if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
      const keys = heldRecordKeys(db.keyHolder);
      if (!keys) {
        if (rows.writtenWhileLocked === 'refused' && storeSealing(db) === 'sealed') throw new WorkspaceLockedError('locked');
        return table.mutate(request);
      }
      const words = new Set<string>();
      const values = request.values.map((value: unknown) => (rows.isSealed(value) ? value : rows.seal(value as Clear, keys, db.name, words)));
      const wordRows = words.size > 0 ? newSearchWordRows(keys, db.name, words) : [];
      // Both requests go out before anything is awaited: Dexie follows its transaction through
      // the synchronous call chain (an await in between loses it).
      const writing = table.mutate({ ...request, values });
      const storing = wordRows.length > 0 ? storeSearchWords(db, down, request.trans, wordRows) : undefined;
      const [result] = await Promise.all([writing, storing]);
      return result;
    },
    async get(request) {
      return opened(await table.get(request));
    },
    async getMany(request) {
      return (await table.getMany(request)).map(opened);
    },
    async query(request) {
      const response = await table.query(request);
      return request.values ? { ...response, result: response.result.map(opened) } : response;
    },
    async openCursor(request) {
      const cursor = await table.openCursor(request);
      if (!cursor || !request.values) return cursor;
      return openingCursor(cursor, opened);
    },
  };
}

/** The lexicon rows in the write's own transaction when it includes their table; otherwise right after it. */
async function storeSearchWords(db: ErcmsDatabase, down: DBCore, trans: DBCoreTransaction, wordRows: SearchWordRow[]): Promise<void> {
  if (includesTable(trans, 'searchWords')) {
    await down.table('searchWords').mutate({ type: 'put', trans, values: wordRows });
    return;
  }
  setTimeout(() => {
    Dexie.ignoreTransaction(() => db.searchWords.bulkPut(wordRows)).catch((error: unknown) => {
      console.warn('Search words not stored', error instanceof Error ? error.name : 'unknown');
    });
  });
}

/** The cursor with its value opened (once per position), as Dexie's own middlewares wrap cursors. */
function openingCursor(cursor: DBCoreCursor, opened: (value: unknown) => unknown): DBCoreCursor {
  let raw: unknown;
  let value: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const current: unknown = cursor.value;
        if (current !== raw) {
          raw = current;
          value = opened(current);
        }
        return value;
      },
    },
  }) as DBCoreCursor;
}
