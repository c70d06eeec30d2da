import { Dexie, type Table, type Transaction } from 'dexie';
import type { CaseFile } from '../../../shared/model/caseFile';
import type { CountRow } from './caseCounts';
import { addCountDeltas } from './caseCounts';
import type { CaseRow, NextDeadlineOf } from './caseRow';
import { toCaseRow, v3IndexFields } from './caseRow';
import { caseSearchKeysOf, nameKeysOf, numberTailsOf, type CaseSearchKeys } from './caseSearchKeys';
import type { StoredAuditEvent } from './auditEventRecord';
import type { UserRecord } from './userRecord';
import type { KeyWrapRow } from './auditKey';
import type { SignInAttemptRow } from './signInLimits';
import type { SessionStateRow } from './sessionState';
import type { StoredIntakeDraftRow } from './intakeDraftRecord';
import type { SearchWordRow } from './searchLexicon';
import { sealedStoreMiddleware, setStoreSealing, STORE_SEALING_META, type StoreSealing } from './sealedStore';

/** A key/value row: app settings, and the audit chain's head (so a deleted tail is noticed). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Every schema version the app has shipped, oldest first. Never edit a published version:
 * add a new one with an upgrade function, and a test that opens the previous version,
 * writes old-shape data and reopens at the latest (tests/unit/db/migrations.test.ts).
 *
 * v1: case files stored as they are, indexed by reference, stage and updatedAt.
 * v2: a case row = case file + denormalised index fields (caseRow.ts); compound keys end
 *     in `id` so that paging can continue after an exact position; incremental counts.
 *     Every index costs write time (on this 2-core machine ~7,000 rows/s with none, ~2,000
 *     with these nine), so combinations such as stage + nationality are served by the
 *     stage index with the nationality checked while walking it (caseQuery.ts).
 * v3: `[sortName+id]` (sort by name, family then given, folded); `[awaitingApprovalSince+id]`,
 *     a sparse index of the cases with a four-eyes proposal awaiting a decision (a row
 *     without the field is not in it), so the approvals page reads only those cases; and
 *     `[deadlineOrder+id]` in place of the sparse `[nextDeadline+id]`, so that sorting by
 *     deadline lists every case (those without one last) while the deadline filters read a
 *     date range of it. The upgrade derives the three fields for the existing rows.
 * v6 (search that forgives spelling, issue 12): `*nameKeys` replaces `*nameTokens`: the folded
 *     name words as before plus each word's phonetic key (shared/search/nameSearchKeys.ts), in
 *     ONE multi-entry index rather than a second one (an index costs write time per row, an
 *     entry in an existing one less); and `*numberTails`, the reference and document numbers
 *     written backwards, so that the end of one ("000001", "1234567") is found by a range read.
 *     The upgrade computes both for the existing rows in chunks (UPGRADE_CHUNK rows read and
 *     written at a time, so memory stays bounded at 100,000 cases).
 * v7 (infix search, issue 12): the same indexes with more in them: `nameKeys` adds each name
 *     word's tails of three letters or more ("~oxha" for HOXHA) and `numberTails` holds every
 *     tail of four characters or more of the reference and document numbers, forwards (v6:
 *     each whole value backwards), so that a part anywhere in a name, reference or number is a
 *     prefix read. The upgrade recomputes both keys of every row, as v6's did (same chunks).
 * v8 (encryption at rest, issue 14): the search lexicon (see below).
 * v9: `*documentNumbers`, `*nameKeys` and `*numberTails` move from `cases` to `caseKeys`, a row
 *     per case beside its case row (caseSearchKeys.ts), written only when they change: they are
 *     most of a case's index entries, and IndexedDB rewrites every entry of a row on each put.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      cases: 'id, reference, stage, updatedAt',
      audit: 'sequence, caseId',
      users: 'id, &username',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      cases:
        'id, &reference, [updatedAt+id], [stage+updatedAt+id], [assignee+stage+updatedAt+id], [nationality+updatedAt+id], ' +
        '[route+updatedAt+id], [nextDeadline+id], *documentNumbers, *nameTokens',
      audit: 'sequence, [caseId+sequence]',
      counts: 'key',
    },
  },
  {
    version: 3,
    stores: {
      cases:
        'id, &reference, [updatedAt+id], [stage+updatedAt+id], [assignee+stage+updatedAt+id], [nationality+updatedAt+id], ' +
        '[route+updatedAt+id], [deadlineOrder+id], *documentNumbers, *nameTokens, [sortName+id], [awaitingApprovalSince+id]',
    },
  },
  {
    // v4 (trust, issue 13): the workspace secret wrapped per account (auditKey.ts), sign-in
    // attempt counters (signInLimits.ts) and each account's session lock (sessionState.ts).
    version: 4,
    stores: {
      keyWraps: 'userId',
      signInAttempts: 'userId',
      sessionState: 'userId',
    },
  },
  {
    // v5: intake drafts, one per user, inside the workspace database (they were a database of
    // their own, outside backup, restore and the training reset; intakeDraftRepository.ts).
    version: 5,
    stores: {
      intakeDrafts: 'userId',
    },
  },
  {
    version: 6,
    stores: {
      cases:
        'id, &reference, [updatedAt+id], [stage+updatedAt+id], [assignee+stage+updatedAt+id], [nationality+updatedAt+id], ' +
        '[route+updatedAt+id], [deadlineOrder+id], *documentNumbers, *nameKeys, *numberTails, [sortName+id], [awaitingApprovalSince+id]',
    },
  },
  {
    // v7: no index added or dropped; the content of `nameKeys` and `numberTails` changes (see above), so the upgrade recomputes them.
    version: 7,
    stores: {},
  },
  {
    // v8 (encryption at rest, issue 14): the search lexicon of a sealed store (searchLexicon.ts),
    // keyed by each word's token, with `at` to read what other windows added. The rows of
    // `cases` and `audit` keep their indexes; sealing them is the first sign-in's migration
    // (storeEncryption.ts), not an upgrade: it needs the key, which an upgrade does not hold.
    version: 8,
    stores: {
      searchWords: 'token, at',
    },
  },
  {
    // v9: the search keys of names and numbers leave the case row for a table of their own
    // (caseSearchKeys.ts), so that a write which leaves them unchanged (a workflow action) does
    // not rewrite their index entries. The upgrade moves them, sealed or clear, as they are.
    version: 9,
    stores: {
      cases:
        'id, &reference, [updatedAt+id], [stage+updatedAt+id], [assignee+stage+updatedAt+id], [nationality+updatedAt+id], ' +
        '[route+updatedAt+id], [deadlineOrder+id], [sortName+id], [awaitingApprovalSince+id]',
      caseKeys: 'id, *documentNumbers, *nameKeys, *numberTails',
    },
  },
] as const;

/** Rows read and rewritten at a time by the v6 and v7 upgrades. */
const UPGRADE_CHUNK = 2_000;

export const LATEST_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;

export interface DatabaseOptions {
  /** Open an older schema version (migration tests only). */
  schemaVersion?: number;
  /** Another IndexedDB implementation (fake-indexeddb in Node tests). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** How the most urgent deadline is computed for the `nextDeadline` index. */
  nextDeadlineOf?: NextDeadlineOf;
  /** The database whose accounts hold the data key (StoreContext.keyHolder); defaults to this one. */
  keyHolder?: ErcmsDatabase;
}

export class ErcmsDatabase extends Dexie {
  cases!: Table<CaseRow, string>;
  caseKeys!: Table<CaseSearchKeys, string>;
  audit!: Table<StoredAuditEvent, number>;
  users!: Table<UserRecord, string>;
  meta!: Table<MetaRow, string>;
  counts!: Table<CountRow, string>;
  keyWraps!: Table<KeyWrapRow, string>;
  signInAttempts!: Table<SignInAttemptRow, string>;
  sessionState!: Table<SessionStateRow, string>;
  intakeDrafts!: Table<StoredIntakeDraftRow, string>;
  searchWords!: Table<SearchWordRow, string>;
  /** Whose held keys open this database's sealed rows (sealedStore.ts). */
  readonly keyHolder: ErcmsDatabase;
  readonly nextDeadlineOf: NextDeadlineOf | undefined;
  /** The IndexedDB implementation, so that the audit anchor's own database opens beside this one (auditAnchor.ts). */
  readonly storage: Pick<DatabaseOptions, 'indexedDB' | 'IDBKeyRange'>;

  constructor(name: string, options: DatabaseOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.nextDeadlineOf = options.nextDeadlineOf;
    this.keyHolder = options.keyHolder ?? this;
    this.storage = { ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}), ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}) };
    const upTo = options.schemaVersion ?? LATEST_SCHEMA_VERSION;
    for (const { version, stores } of schemaVersions) {
      if (version > upTo) break;
      const declared = this.version(version).stores(stores);
      if (version === 2) declared.upgrade((tx) => upgradeToRows(tx, options.nextDeadlineOf));
      if (version === 3) declared.upgrade(addNameAndApprovalFields);
      // v7 recomputes the same two keys with tails added: one derivation (caseRow.ts) for both.
      if (version === 6 || version === 7) declared.upgrade(addNameSearchKeys);
      if (version === 9) declared.upgrade(moveSearchKeys);
    }
    this.use(sealedStoreMiddleware(this));
    // Whether the rows are sealed is known before any read or write resolves (sealedStore.ts).
    this.on('ready', async (ready) => {
      const row = (await ready.table<MetaRow, string>('meta').get(STORE_SEALING_META)) as MetaRow | undefined;
      setStoreSealing(this, row?.value === 'sealed' ? 'sealed' : ('clear' satisfies StoreSealing));
    });
  }
}

/** v1 → v2: wrap each stored case file into a case row and compute the counts once. */
async function upgradeToRows(tx: Transaction, nextDeadlineOf: NextDeadlineOf | undefined): Promise<void> {
  const deltas = new Map<string, number>();
  await tx
    .table('cases')
    .toCollection()
    .modify((stored: CaseRow | CaseFile, ref: { value: unknown }) => {
      // A row already in the v2 shape (caseFile member) is left alone: upgrades must be re-runnable.
      const row = 'caseFile' in stored ? stored : toCaseRow(stored, nextDeadlineOf);
      addCountDeltas(deltas, undefined, row);
      ref.value = row;
    });
  await tx.table('counts').bulkPut([...deltas].map(([key, count]) => ({ key, count })));
}

/** v2 → v3: derive the sort name, deadline order and awaiting-approval date of every row; nothing else changes. */
async function addNameAndApprovalFields(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: CaseRow) => {
      const { sortName, deadlineOrder, awaitingApprovalSince } = v3IndexFields(row.caseFile, row.nextDeadline);
      row.sortName = sortName;
      row.deadlineOrder = deadlineOrder;
      if (awaitingApprovalSince) row.awaitingApprovalSince = awaitingApprovalSince;
      else delete row.awaitingApprovalSince;
    });
}

/**
 * v5 → v6 and v6 → v7: the name search keys (folded words, phonetic keys, and from v7 tails)
 * and number tails of every row as the current derivation makes them, chunk by chunk in
 * primary-key order; `nameTokens` (v5) goes.
 */
async function addNameSearchKeys(tx: Transaction): Promise<void> {
  const cases = tx.table<CaseRowV8 & { nameTokens?: string[] }, string>('cases');
  let after: string | undefined;
  for (;;) {
    const rows = await (after === undefined ? cases.orderBy(':id') : cases.where(':id').above(after)).limit(UPGRADE_CHUNK).toArray();
    const last = rows[rows.length - 1];
    if (!last) return;
    for (const row of rows) {
      row.nameKeys = nameKeysOf(row.caseFile);
      row.numberTails = numberTailsOf(row.caseFile);
      delete row.nameTokens;
    }
    await cases.bulkPut(rows);
    if (rows.length < UPGRADE_CHUNK) return;
    after = last.id;
  }
}

/** A case row as schemas v6 to v8 stored it: with its search keys (clear, or tokens once sealed). */
type CaseRowV8 = CaseRow & Partial<Pick<CaseSearchKeys, 'nameKeys' | 'numberTails' | 'documentNumbers'>> & { sealed?: unknown };

/**
 * v8 → v9: each case's search keys are copied to `caseKeys`. A sealed row's keys are tokens
 * already and go as they are, under the row's key id; a clear row's are derived from its case
 * file, as every write derives them. The case rows are not rewritten: their old key fields are
 * no longer indexed (the indexes went with this version) and go when the row is next written
 * from its case file (toCaseRow) or sealed (sealCaseRow keeps only its listed clear fields).
 * Rewriting them too more than doubled the upgrade (100,000 cases on this machine: 530 s
 * against 222 s). Walked with IndexedDB's own cursor: the store's sealing layer (sealedStore.ts)
 * would want the key to read a sealed row, which an upgrade does not hold, and nothing here
 * needs the case file opened.
 */
async function moveSearchKeys(tx: Transaction): Promise<void> {
  const native = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
  const keys = native.objectStore('caseKeys');
  await new Promise<void>((resolve, reject) => {
    const walk = native.objectStore('cases').openCursor();
    walk.onerror = () => reject(walk.error ?? new Error('The v9 upgrade could not read the cases.'));
    walk.onsuccess = () => {
      const cursor = walk.result;
      if (!cursor) return resolve();
      const { nameKeys, numberTails, documentNumbers, ...row } = cursor.value as CaseRowV8;
      const moved: CaseSearchKeys =
        row.sealed instanceof Uint8Array
          ? {
              id: row.id,
              nameKeys: nameKeys ?? [],
              numberTails: numberTails ?? [],
              documentNumbers: documentNumbers ?? [],
              ...(row.keyId ? { keyId: row.keyId } : {}),
            }
          : caseSearchKeysOf(row.caseFile);
      keys.put(moved);
      cursor.continue();
    };
  });
}
