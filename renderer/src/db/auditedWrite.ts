import { Dexie, type Transaction } from 'dexie';
import { z } from 'zod';
import type { Actor } from '../../../shared/model/actor';
import { makeCheckpoint, queueCheckpoint } from './auditAnchor';
import { sealAuditEvents, type SealableDraft } from './auditChain';
import type { AuditChainHead, AuditDraft, StoredAuditEvent } from './auditEventRecord';
import { GENESIS_HEAD } from './auditEventRecord';
import { hmacHex, unlockedSecret } from './auditKey';
import { canonicalJson } from './canonicalJson';
import type { CaseRow } from './caseRow';
import type { ErcmsDatabase } from './database';
import { AccountStateError } from './errors';
import { recordSha256Hex } from './sha256';

export const AUDIT_HEAD_KEY = 'auditHead';

const AuditHeadSchema = z.object({ sequence: z.int().min(0), hash: z.string() });

/** Forget the cached head (after a restore replaced the audit trail). */
export function forgetAuditHead(db: ErcmsDatabase): void {
  knownHeads.delete(db);
}

/** A chain of Dexie's promises, so a transaction can await it beside other reads (see `inItsTransaction`). */
export function readAuditHead(db: ErcmsDatabase): Promise<AuditChainHead> {
  return db.meta.get(AUDIT_HEAD_KEY).then((row) => {
    const parsed = AuditHeadSchema.safeParse(row?.value);
    return parsed.success ? parsed.data : GENESIS_HEAD;
  });
}

/**
 * Dexie finds a transaction's tables through a zone that follows the `await`s of its scope,
 * and loses it when two native async functions run side by side in the scope and one resolves
 * without touching the database: the tables used after that would go to a transaction of
 * their own, and the write would no longer be one. Inside an audited write only one native
 * async function runs at a time (the caller's); the head and account reads are chains of
 * Dexie's promises. This check makes a slip an error, never a silent split.
 */
function inItsTransaction(transaction: Transaction): void {
  if (Dexie.currentTransaction !== transaction) throw new Error('An audited write lost its transaction; nothing was saved.');
}

/**
 * The head this window last wrote or read, per database: saves a read transaction before
 * each write. It is only a guess: the transaction checks it against the stored head and,
 * if another window moved it, the write is retried from a fresh read.
 */
const knownHeads = new WeakMap<ErcmsDatabase, AuditChainHead>();

/** Thrown inside the transaction when another window appended to the chain since we hashed. */
class AuditHeadMovedError extends Error {}

/** Without the Web Locks API (Node tests), windows race and the loser retries after a random pause. */
const MAX_ATTEMPTS = 60;
const RETRY_PAUSE_MS = 4;

export interface AuditedWriteOptions {
  /**
   * The case rows this write stores (the objects `write` puts): each is stamped with the hash
   * of the write's last event. One case: the event carries the case's SHA-256. Several
   * (import, restore): each row carries an HMAC under the workspace audit key, when it is
   * unlocked in this window. Either way a case changed without an event is found.
   */
  rows?: CaseRow[];
}

/**
 * Rows are sealed a batch at a time, concurrently: one after the other, each HMAC waits a
 * round trip to WebCrypto's thread (~0.1 ms of work, 0.5–0.8 ms awaited), which was most of
 * an import's and a restore's time. A batch bounds the canonical texts held at once.
 */
const SEAL_BATCH = 1_000;

/** Stamps `rows` with the hash of the event that wrote them and, with `auditKey`, seals each under it (else drops an old seal). */
export async function stampAndSeal(rows: readonly CaseRow[], eventHash: string, auditKey: CryptoKey | undefined): Promise<void> {
  for (let start = 0; start < rows.length; start += SEAL_BATCH) {
    await Promise.all(
      rows.slice(start, start + SEAL_BATCH).map(async (row) => {
        row.auditEvent = eventHash;
        if (auditKey) row.auditSeal = await rowSeal(auditKey, eventHash, row);
        else delete row.auditSeal;
      }),
    );
  }
}

/** The seal of a row written by an event that wrote several cases. */
export async function rowSeal(auditKey: CryptoKey, eventHash: string, row: Pick<CaseRow, 'id' | 'caseFile'>): Promise<string> {
  return hmacHex(auditKey, `${eventHash}\n${row.id}\n${canonicalJson(row.caseFile)}`);
}

export function caseSha256(row: Pick<CaseRow, 'caseFile'>): string {
  return recordSha256Hex(canonicalJson(row.caseFile));
}

/**
 * Runs `write` and appends the audit events in ONE read-write transaction over every table:
 * either the change and its audit trail are both stored, or neither is.
 *
 * WebCrypto's digest is asynchronous and not an IndexedDB request, so awaiting it inside an
 * IndexedDB transaction would let the transaction commit early. The events are therefore
 * hashed before the transaction against the chain head read then; inside, the head is read
 * again and, if another window appended meanwhile, the transaction is abandoned (nothing
 * written) and the events are re-hashed on the new head.
 *
 * A write first tries without a lock; one that finds the head moved is retried under the Web
 * Locks API's lock of the database, which serialises the writes of all windows and tabs, so
 * that many simultaneous writes wait their turn instead of failing. Where the API is missing
 * (Node) the head check above and a retry after a random pause keep the chain whole.
 *
 * In the same transaction the acting account is read again: a deactivated account, one this
 * database does not know, or one whose role changed since sign-in writes nothing.
 */
export async function writeWithAudit<T>(
  db: ErcmsDatabase,
  drafts: readonly AuditDraft[],
  write: (events: readonly StoredAuditEvent[]) => Promise<T>,
  options: AuditedWriteOptions = {},
): Promise<{ result: T; events: StoredAuditEvent[] }> {
  const locks = webLocks();
  if (!locks) return orMovedTooOften(await appendWithRetries(db, drafts, write, options, MAX_ATTEMPTS));
  // Most writes meet no other window's: the first attempt goes without the lock (asking for
  // it is a round trip to the browser, about a millisecond of every workflow action). If
  // another window appended meanwhile, nothing was stored, and the write waits its turn.
  const unlocked = await appendWithRetries(db, drafts, write, options, 1);
  if (unlocked) return unlocked;
  return locks.request(`ercms-audit:${db.name}`, () => appendWithRetries(db, drafts, write, options, MAX_ATTEMPTS).then(orMovedTooOften));
}

function orMovedTooOften<T>(written: T | undefined): T {
  if (written === undefined) throw new Error('The audit trail is being written by another window without pause. Close the other eRCMS windows and try again.');
  return written;
}

/** Told when a write was refused because the acting account changed (the session then refreshes itself). */
type AccountRefusalListener = (userId: string, error: AccountStateError) => void;
const accountRefusalListeners = new Set<AccountRefusalListener>();

/**
 * Calls `listener` whenever a write is refused because its account was deactivated, is
 * unknown, or changed role: the session store signs the user out or applies the new role
 * at once (the user's next action), without every screen having to. Returns the unsubscribe.
 */
export function onAccountRefusal(listener: AccountRefusalListener): () => void {
  accountRefusalListeners.add(listener);
  return () => accountRefusalListeners.delete(listener);
}

function webLocks(): LockManager | undefined {
  const candidate = (globalThis as { navigator?: { locks?: LockManager } }).navigator;
  return candidate?.locks;
}

/** Up to `attempts` tries; undefined when the chain's head moved under each of them (nothing stored). */
async function appendWithRetries<T>(
  db: ErcmsDatabase,
  drafts: readonly AuditDraft[],
  write: (events: readonly StoredAuditEvent[]) => Promise<T>,
  options: AuditedWriteOptions,
  attempts: number,
): Promise<{ result: T; events: StoredAuditEvent[] } | undefined> {
  const rows = options.rows ?? [];
  const sealable = withCaseHashes(drafts, rows);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await pause(Math.random() * RETRY_PAUSE_MS * Math.min(attempt, 10));
    const known = attempt === 0 ? knownHeads.get(db) : undefined;
    const head = known ?? (await readAuditHead(db));
    const secret = unlockedSecret(db);
    const events = sealAuditEvents(head, sealable(Boolean(secret)));
    const last = events[events.length - 1];
    if (last) await stampRows(rows, last, secret?.auditKey);
    try {
      const result = await db.transaction('rw', auditedTables(db), async (transaction) => {
        // Every await here is a round trip to the browser's storage process, so the head
        // check, the account and the caller's reads go out together, and the events are
        // appended while the caller writes. Nothing is stored before the transaction
        // commits: if the head moved, the throw below aborts it, the caller's writes included.
        const headRead = readAuditHead(db);
        const accountRead = checkAccount(db, drafts[0]?.actor);
        const writing = write(events);
        // Their failures are reported when awaited below, or superseded by the head's (a
        // moved head aborts the transaction before the account read is awaited).
        writing.catch(() => undefined);
        accountRead.catch(() => undefined);
        const current = await headRead;
        if (current.sequence !== head.sequence || current.hash !== head.hash) {
          knownHeads.delete(db);
          throw new AuditHeadMovedError();
        }
        await accountRead;
        inItsTransaction(transaction);
        const appending = last
          ? Promise.all([db.audit.bulkAdd(events), db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: last.sequence, hash: last.hash } })])
          : undefined;
        const [value] = await Promise.all([writing, appending]);
        return value;
      });
      committed(db, secret, last ? { sequence: last.sequence, hash: last.hash } : head, last !== undefined);
      return { result, events };
    } catch (error) {
      if (error instanceof AuditHeadMovedError) continue;
      throw refused(drafts[0]?.actor, error);
    }
  }
  return undefined;
}

/** What a write composed inside its transaction stores: its audit event, the one case it writes (if any), and the writes themselves. */
export interface ComposedWrite<T> {
  draft: AuditDraft;
  /** The case row `write` puts: the event carries its SHA-256, and the row the event's hash. */
  row?: CaseRow;
  write: () => Promise<T>;
}

/**
 * A write whose change and event follow from what it reads (a workflow action on the case as
 * stored): the case is read, changed, hashed, chained and written in ONE read-write
 * transaction. Hashing is synchronous (recordSha256Hex), so the event is chained on the head
 * read in this same transaction, and IndexedDB runs read-write transactions over the same
 * stores one at a time, across every window: no other write can come between, so there is no
 * retry and no lock. It saves `writeWithAudit`'s read transaction before the write and its
 * WebCrypto round trips (npm run bench: the workflow action at 100,000 cases).
 *
 * `compose` runs inside the transaction: it may await only this database's requests. A throw
 * (not found, conflict, refused action) aborts the transaction: nothing is written. The
 * acting account is read again beside it, as in `writeWithAudit`, and its refusal comes first.
 */
export async function composeWithAudit<T>(
  db: ErcmsDatabase,
  actor: Actor,
  compose: () => Promise<ComposedWrite<T>>,
): Promise<{ result: T; events: StoredAuditEvent[] }> {
  const secret = unlockedSecret(db);
  try {
    const written = await db.transaction('rw', auditedTables(db), async (transaction) => {
      // The head, the account and the caller's reads go out together: one round trip.
      const headRead = readAuditHead(db);
      const accountRead = checkAccount(db, actor);
      const composing = compose();
      headRead.catch(() => undefined);
      composing.catch(() => undefined);
      await accountRead;
      const { draft, row, write } = await composing;
      inItsTransaction(transaction);
      if (row && draft.caseId !== row.id)
        throw new Error(`The audit event of case ${draft.caseId ?? '(none)'} cannot vouch for case ${row.id}; nothing was saved.`);
      const head = await headRead;
      const [event] = sealAuditEvents(head, [row ? { ...draft, caseSha256: caseSha256(row) } : draft]);
      if (!event) throw new Error('The audit event was not sealed.');
      if (row) {
        row.auditEvent = event.hash;
        delete row.auditSeal;
      }
      const [result] = await Promise.all([
        write(),
        db.audit.add(event),
        db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: event.sequence, hash: event.hash } }),
      ]);
      return { result, event };
    });
    committed(db, secret, { sequence: written.event.sequence, hash: written.event.hash }, true);
    return { result: written.result, events: [written.event] };
  } catch (error) {
    throw refused(actor, error);
  }
}

/** Every table an audited write may touch: one scope, so audited writes of every kind wait for each other. */
function auditedTables(db: ErcmsDatabase) {
  return [db.cases, db.caseKeys, db.audit, db.counts, db.meta, db.users, db.keyWraps, db.signInAttempts, db.sessionState, db.searchWords];
}

/** After a commit: the head is known for the next write, and the anchor follows without holding up the user (see queueCheckpoint). */
function committed(db: ErcmsDatabase, secret: ReturnType<typeof unlockedSecret>, head: AuditChainHead, appended: boolean): void {
  knownHeads.set(db, head);
  if (secret && appended) queueCheckpoint(db, () => makeCheckpoint(db, head, secret.keyId, secret.auditKey, new Date().toISOString()));
}

/** A write refused because its account changed tells the session (see onAccountRefusal); the error goes on. */
function refused(actor: Actor | undefined, error: unknown): unknown {
  if (error instanceof AccountStateError && actor) for (const listener of accountRefusalListeners) listener(actor.userId, error);
  return error;
}

/**
 * One case written: its event carries the case's SHA-256. Several: the last event says its
 * rows are sealed, when the key is there to seal them.
 */
function withCaseHashes(drafts: readonly AuditDraft[], rows: readonly CaseRow[]): (keyed: boolean) => SealableDraft[] {
  const [only] = rows;
  const single = rows.length === 1 && only && drafts.length === 1 && drafts[0]?.caseId === only.id ? caseSha256(only) : undefined;
  return (keyed) =>
    drafts.map((draft, index) => {
      if (single) return { ...draft, caseSha256: single };
      if (rows.length > 0 && keyed && index === drafts.length - 1) return { ...draft, sealedRows: true as const };
      return draft;
    });
}

async function stampRows(rows: readonly CaseRow[], last: StoredAuditEvent, auditKey: CryptoKey | undefined): Promise<void> {
  const sealing = rows.length > 1 || last.caseSha256 === undefined;
  await stampAndSeal(rows, last.hash, sealing && last.sealedRows ? auditKey : undefined);
}

/**
 * Inside the write transaction: the account acting is read again. The first-run and
 * automatic actor (`system`) has no account; neither does anyone in a database that holds
 * no accounts (the training workspace: accounts live in the production database).
 */
function checkAccount(db: ErcmsDatabase, actor: Actor | undefined): Promise<void> {
  // Dexie's promises, not an async function: see inItsTransaction.
  if (!actor || actor.userId === 'system') return Dexie.Promise.resolve();
  return db.users.get(actor.userId).then((account) => {
    if (!account)
      return db.users
        .limit(1)
        .count()
        .then((accounts) => {
          if (accounts > 0) throw new AccountStateError('unknown');
        });
    if (!account.active) throw new AccountStateError('deactivated');
    if (account.role !== actor.role) throw new AccountStateError('roleChanged');
    return undefined;
  });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
