/**
 * The benchmark page: the app's store (renderer/src/db) and the raw-IndexedDB baseline
 * (rawStore.ts). tests/bench/run.ts opens it twice, in two origins of one real Chromium
 * profile: the app's side in the app's own origin, the raw side in another, so that each
 * side has an IndexedDB backing store of its own (one side's writes and compaction do not
 * land in the other's files) and the runner can clear one side's storage without touching
 * the other's. It calls these functions one repetition at a time and takes the medians.
 */
import type { IndexableType } from 'dexie';
import { rememberSecret, unlockedSecret, type KeyWrapRow, type UnlockedSecret } from '../../../renderer/src/db/auditKey';
import { deriveBackupKey, readSealedHeader } from '../../../renderer/src/db/backupSeal';
import type { PageCursor } from '../../../renderer/src/db/caseQuery';
import { nextDeadlineAsOf } from '../../../renderer/src/db/workflowAdapter';
import { workspaceDatabaseNames } from '../../../renderer/src/db/workspace';
import { openWorkspaceStore, type WorkspaceStore } from '../../../renderer/src/db/workspaces';
import type { Actor } from '../../../shared/model/actor';
import { benchAccounts } from '../benchAccounts';
import type { BenchApi, Side } from '../benchApi';
import { documentNumberOf, generateCases } from '../caseGenerator';
import { registerFuzzySearchBench } from './fuzzySearchBench';
import { sealStoreInPlace } from '../../../renderer/src/db/storeEncryption';
import { toCaseRow } from '../../../renderer/src/db/caseRow';
import { openRecord, sealRecord } from '../../../renderer/src/db/recordCipher';
import { deriveRecordKeys } from '../../../renderer/src/db/recordKeys';
import { sealCaseSearchKeys } from '../../../renderer/src/db/sealedCaseRow';
import { caseSearchKeysOf } from '../../../renderer/src/db/caseSearchKeys';
import { heldDataKey, holdDataKey, type HeldDataKey } from '../../../renderer/src/db/workspaceKeyring';
import {
  openRaw,
  rawAction,
  rawBackup,
  rawDocumentLookup,
  rawFilterStageNationality,
  rawKeyAtOffset,
  rawNamePrefix,
  rawOpenFirstPage,
  rawPageAfter,
  rawRestore,
  rawSeed,
} from './rawStore';

/**
 * The app's own production database, in the origin the built app is served from: the
 * case-list UI figures (tests/bench/run.ts) are then taken on the cases measured here,
 * with no second seed. The raw side's database is in the other origin.
 */
const APP_DB = workspaceDatabaseNames.production;
const RAW_DB = 'bench-raw';
const PAGE_SIZE = 50;
const SEED = 42;
/**
 * Backups are sealed under a passphrase: the backup's time includes deriving its key
 * (PBKDF2, the product's cost), the restore's does not (derived before, timed apart: `keyDerivations`).
 */
const BENCH_BACKUP_PASSPHRASE = 'bench backup passphrase';
const nextDeadlineOf = nextDeadlineAsOf(() => new Date());
const prefixes = ['kras', 'hox', 'cel', 'ber', 'gas', 'lek', 'mur', 'zeq', 'dus', 'she', 'kol'];

let app: WorkspaceStore | undefined;
let raw: IDBDatabase | undefined;
let total = 0;
let deepKey: IDBValidKey | undefined;
let intake: { id: string; version: number }[] = [];
let appBackup: string | undefined;
let rawBlob: Blob | undefined;
let keyDerivations: number[] = [];

/** The bench's two accounts, signed in through the store in this window. */
interface SignedIn {
  administrator: Actor;
  caseworker: Actor;
  /** The workspace key the sign-ins unwrapped: every audited write of this window is keyed and anchored with it. */
  secret: UnlockedSecret | undefined;
  /** The accounts' wraps of that key (see `restore`). */
  keyWraps: KeyWrapRow[];
  /** The data key the sign-ins unwrapped: the cases are sealed under it (a reopened connection holds it again). */
  dataKey: HeldDataKey | undefined;
}
let signedIn: SignedIn | undefined;

function appStore(): WorkspaceStore {
  if (!app) {
    app = openWorkspaceStore('production', { databaseName: APP_DB });
    // The same signed-in window: a connection reopened by the bench (firstPage, restore) keeps
    // the workspace key, as the app's one store does for the whole session.
    if (signedIn?.secret) rememberSecret(app.db, signedIn.secret);
    if (signedIn?.dataKey) holdDataKey(app.db, signedIn.dataKey);
  }
  return app;
}

/**
 * The accounts, real ones (untimed, once per page): on an empty site the first administrator
 * (which makes the workspace key), a caseworker, a supervisor and a trainer, through the store's own user repository;
 * then both sign in (`authenticate`: password check, the key unwrapped for this window). A
 * larger size finds them already there, restored with the previous size's backup.
 */
async function accounts(): Promise<SignedIn> {
  if (signedIn) return signedIn;
  const store = appStore();
  const { administrator: admin, caseworker: worker, supervisor, trainer } = benchAccounts;
  let administrator: Actor;
  if (await store.users.needsFirstRun()) {
    await store.users.createFirstAdministrator(admin);
    administrator = await store.users.authenticate(admin.username, admin.password);
    // The supervisor and the trainer are signed in to only in the app (run.ts: reports, exports, training).
    for (const account of [worker, supervisor, trainer]) await store.users.createUser(administrator, account);
  } else {
    administrator = await store.users.authenticate(admin.username, admin.password);
  }
  const caseworker = await store.users.authenticate(worker.username, worker.password);
  const secret = unlockedSecret(store.db);
  if (!secret) throw new Error('The sign-in did not unlock the workspace key: the bench would measure unkeyed writes');
  signedIn = { administrator, caseworker, secret, keyWraps: await store.db.keyWraps.toArray(), dataKey: heldDataKey(store.db) };
  return signedIn;
}

async function rawDb(): Promise<IDBDatabase> {
  raw ??= await openRaw(RAW_DB);
  return raw;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Every row's case file is read, on both sides, as a screen would: the app's store opens a
 * sealed row's case file when it is first read (sealedCaseRow.ts), so a read that never looked
 * at it would leave its decryption out of the time.
 */
function expectRows(rows: readonly { caseFile: { id: string } }[], what: string): void {
  if (rows.length === 0) throw new Error(`${what} returned nothing: the benchmark would measure an empty result`);
  for (const row of rows) if (!row.caseFile.id) throw new Error(`${what}: a row without its case file`);
}

/** The key of the row at `offset` in updatedAt-descending order, in the app's database (setup, not timed). */
async function appKeyAtOffset(offset: number): Promise<IDBValidKey | undefined> {
  const row = await appStore().db.cases.orderBy('[updatedAt+id]').reverse().offset(offset).first();
  return row ? [row.updatedAt, row.id] : undefined;
}

const bench: BenchApi = {
  async encryptionCost(count) {
    const caseFiles = generateCases(900_000, count, SEED);
    const perThousand = (ms: number) => (ms / count) * 1_000;
    const material = crypto.getRandomValues(new Uint8Array(32));
    // Fresh keys: a cold token cache, as an import of names this workspace has not seen.
    const keys = deriveRecordKeys('bench-key', material);
    let start = performance.now();
    const rows = caseFiles.map((caseFile) => toCaseRow(caseFile, nextDeadlineOf));
    const searchKeys = caseFiles.map((caseFile) => caseSearchKeysOf(caseFile));
    const indexFields = performance.now() - start;
    start = performance.now();
    for (const row of searchKeys) sealCaseSearchKeys(row, keys);
    const tokens = performance.now() - start;
    start = performance.now();
    const sealed = rows.map((row) => sealRecord(keys, `ercms-case|bench|${row.id}`, row.caseFile));
    const seal = performance.now() - start;
    start = performance.now();
    sealed.forEach((bytes, index) => openRecord(keys, `ercms-case|bench|${rows[index]?.id ?? ''}`, bytes));
    const open = performance.now() - start;
    return { indexFields: perThousand(indexFields), tokens: perThousand(tokens), seal: perThousand(seal), open: perThousand(open) };
  },

  async seedBatch(side, from, count) {
    const caseFiles = generateCases(from, count, SEED);
    total = Math.max(total, from + count);
    if (side === 'app') {
      const { caseworker } = await accounts();
      const store = appStore();
      return timed(() => store.cases.importCases(caseworker, caseFiles));
    }
    const db = await rawDb();
    return timed(() => rawSeed(db, caseFiles, nextDeadlineOf));
  },

  async storedCases(side) {
    if (side === 'app') return appStore().db.cases.count();
    const db = await rawDb();
    return new Promise<number>((resolve, reject) => {
      const counting = db.transaction('cases', 'readonly').objectStore('cases').count();
      counting.onsuccess = () => resolve(counting.result);
      counting.onerror = () => reject(counting.error ?? new Error('count failed'));
    });
  },

  async prepare(side, cases, reps) {
    total = cases;
    // The deep page: page 1,000 at 100,000 cases, proportionally deeper pages at other sizes.
    const deepPage = Math.max(2, Math.floor(cases / 100));
    const offset = (deepPage - 1) * PAGE_SIZE - 1;
    // The newest cases at intake, one per repetition of the workflow action (with room to spare).
    const wanted = reps * 2 + 2;
    if (side === 'app') {
      const { caseworker } = await accounts();
      // The store was written sealed (the bench page holds the key): marked so as the app's first
      // sign-in would, after one pass that finds nothing to seal (storeEncryption.ts), untimed.
      await sealStoreInPlace(appStore().db);
      deepKey = await appKeyAtOffset(offset);
      const page = await appStore().cases.list(caseworker, { filter: { stage: 'INTAKE' }, pageSize: wanted });
      intake = page.rows.map((row) => ({ id: row.id, version: row.caseFile.version }));
    } else {
      const db = await rawDb();
      deepKey = await rawKeyAtOffset(db, offset);
      intake = (await rawFilterStageNationality(db, 'INTAKE', undefined, wanted)).map((row) => ({ id: row.id, version: row.caseFile.version }));
    }
    return { deepPage, intakeCases: intake.length };
  },

  async firstPage(side: Side) {
    if (side === 'app') {
      const { caseworker } = await accounts();
      return timed(async () => {
        app?.close();
        app = undefined;
        const page = await appStore().cases.list(caseworker, { sort: { column: 'updatedAt', direction: 'desc' }, pageSize: PAGE_SIZE });
        expectRows(page.rows, 'first page');
      });
    }
    return timed(async () => {
      raw?.close();
      raw = undefined;
      expectRows(await rawOpenFirstPage(RAW_DB, PAGE_SIZE), 'raw first page');
    });
  },

  async deepPage(side) {
    const key = deepKey;
    if (key === undefined) throw new Error('prepare() first');
    if (side === 'app') {
      const { caseworker } = await accounts();
      const after: PageCursor = { index: '[updatedAt+id]', key: key as IndexableType };
      const store = appStore();
      return timed(async () =>
        expectRows((await store.cases.list(caseworker, { sort: { column: 'updatedAt', direction: 'desc' }, pageSize: PAGE_SIZE, after })).rows, 'deep page'),
      );
    }
    const db = await rawDb();
    return timed(async () => expectRows(await rawPageAfter(db, key, PAGE_SIZE), 'raw deep page'));
  },

  async namePrefix(side, rep) {
    const prefix = prefixes[rep % prefixes.length] ?? 'kras';
    if (side === 'app') {
      const { caseworker } = await accounts();
      const store = appStore();
      return timed(async () => expectRows((await store.cases.searchByName(caseworker, prefix, PAGE_SIZE)).rows, 'name search'));
    }
    const db = await rawDb();
    return timed(async () => expectRows(await rawNamePrefix(db, prefix, PAGE_SIZE), 'raw name search'));
  },

  async documentLookup(side, rep) {
    const number = documentNumberOf(Math.floor(((rep * 7919) % 997) * (total / 997)));
    if (side === 'app') {
      const { caseworker } = await accounts();
      const store = appStore();
      return timed(async () => expectRows((await store.cases.findByDocumentNumber(caseworker, number)).rows, 'document lookup'));
    }
    const db = await rawDb();
    return timed(async () => expectRows(await rawDocumentLookup(db, number), 'raw document lookup'));
  },

  async filterStageNationality(side) {
    if (side === 'app') {
      const { caseworker } = await accounts();
      const store = appStore();
      return timed(async () =>
        expectRows((await store.cases.list(caseworker, { filter: { stage: 'IDENTIFICATION', nationality: 'AL' }, pageSize: PAGE_SIZE })).rows, 'filter'),
      );
    }
    const db = await rawDb();
    return timed(async () => expectRows(await rawFilterStageNationality(db, 'IDENTIFICATION', 'AL', PAGE_SIZE), 'raw filter'));
  },

  async workflowAction(side, rep) {
    // Each repetition moves a different case out of intake, on each side.
    const target = intake[rep];
    if (!target) throw new Error(`Not enough cases at intake for repetition ${rep}`);
    if (side === 'app') {
      const { caseworker } = await accounts();
      const store = appStore();
      return timed(() =>
        store.cases.applyAction(caseworker, { caseId: target.id, expectedVersion: target.version, actionId: 'startIdentification', input: {} }),
      );
    }
    const db = await rawDb();
    return timed(() => rawAction(db, target.id, target.version, 'IDENTIFICATION', new Date(), nextDeadlineOf));
  },

  async backup(side) {
    if (side === 'app') {
      const { administrator } = await accounts();
      const store = appStore();
      // The previous repetition's file (hundreds of MB at 100,000 cases) is let go first, as a user's tab holds one at a time.
      appBackup = undefined;
      return timed(async () => {
        const file = await store.backup.createBackup(administrator, { full: true, passphrase: BENCH_BACKUP_PASSPHRASE });
        appBackup = file.text;
        // The Blob the browser adapter would save.
        if (new Blob([file.text], { type: 'application/json' }).size === 0) throw new Error('empty backup');
      });
    }
    const db = await rawDb();
    return timed(async () => {
      rawBlob = await rawBackup(db);
    });
  },

  async release(side) {
    if (side === 'app') {
      app?.close();
      app = undefined;
    } else {
      raw?.close();
      raw = undefined;
    }
  },

  /**
   * Restore onto an empty workspace (a new installation, or after a wipe): before each
   * repetition the runner releases the side's database and clears its origin's IndexedDB
   * (untimed), so both sides write into fresh storage. Restoring over a full database costs
   * more on both sides (IndexedDB's clear() of 100,000 rows with their index entries), and
   * so does writing where a deleted database's files are still being compacted; see
   * tests/bench/README.md.
   */
  async restore(side) {
    if (side === 'app') {
      const text = appBackup;
      if (!text) throw new Error('backup() first');
      const { administrator, keyWraps } = await accounts();
      const blob = new Blob([text], { type: 'application/json' });
      const store = appStore();
      await store.db.open();
      // A restore replaces cases, accounts and trail but keeps the accounts' wraps of the
      // workspace key (keyWraps); the cleared storage lost them, so they are put back, as a
      // restore over the workspace finds them. Without them the next sign-in would re-key and
      // re-seal every case (the path of a restore onto a new installation).
      await store.db.keyWraps.bulkPut(keyWraps);
      // The passphrase's key (PBKDF2, 600,000 iterations): a fixed cost whatever the size, timed apart.
      const kdfStarted = performance.now();
      const key = await deriveBackupKey(BENCH_BACKUP_PASSPHRASE, readSealedHeader(text).seal);
      keyDerivations.push(performance.now() - kdfStarted);
      return timed(async () => {
        const summary = await store.backup.restoreBackup(administrator, await blob.text(), key);
        if (summary.cases !== total) throw new Error(`restored ${summary.cases} of ${total} cases`);
      });
    }
    const blob = rawBlob;
    if (!blob) throw new Error('backup() first');
    const db = await rawDb();
    return timed(async () => {
      const restored = await rawRestore(db, blob);
      if (restored !== total) throw new Error(`raw restored ${restored} of ${total} cases`);
    });
  },

  async keyDerivations() {
    const taken = keyDerivations;
    keyDerivations = [];
    return taken;
  },
};

window.ercmsBench = bench;
// Issue 12's fuzzy-name figures, on this page's store and caseworker (tests/bench/fuzzyNameSearch.ts).
registerFuzzySearchBench(appStore, async () => (await accounts()).caseworker);
document.title = 'eRCMS store benchmark (ready)';
