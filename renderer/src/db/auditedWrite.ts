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
import { sha256Hex } from './sha256';

export const AUDIT_HEAD_KEY = 'auditHead';

const AuditHeadSchema = z.object({ sequence: z.int().min(0), hash: z.string() });

/** Forget the cached head (after a restore replaced the audit trail). */
export function forgetAuditHead(db: ErcmsDatabase): void {
  knownHeads.delete(db);
}

export async function readAuditHead(db: ErcmsDatabase): Promise<AuditChainHead> {
  const row = await db.meta.get(AUDIT_HEAD_KEY);
  const parsed = AuditHeadSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : GENESIS_HEAD;
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

export async function caseSha256(row: Pick<CaseRow, 'caseFile'>): Promise<string> {
  return sha256Hex(canonicalJson(row.caseFile));
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
  const sealable = await withCaseHashes(drafts, rows);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await pause(Math.random() * RETRY_PAUSE_MS * Math.min(attempt, 10));
    const known = attempt === 0 ? knownHeads.get(db) : undefined;
    const head = known ?? (await readAuditHead(db));
    const secret = unlockedSecret(db);
    const events = await sealAuditEvents(head, sealable(Boolean(secret)));
    const last = events[events.length - 1];
    if (last) await stampRows(rows, last, secret?.auditKey);
    try {
      const result = await db.transaction(
        'rw',
        [db.cases, db.audit, db.counts, db.meta, db.users, db.keyWraps, db.signInAttempts, db.sessionState, db.searchWords],
        async () => {
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
          const appending = last
            ? Promise.all([db.audit.bulkAdd(events), db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: last.sequence, hash: last.hash } })])
            : undefined;
          const [value] = await Promise.all([writing, appending]);
          return value;
        },
      );
      const newHead = last ? { sequence: last.sequence, hash: last.hash } : head;
      knownHeads.set(db, newHead);
      // The anchor follows the commit without holding up the user (see queueCheckpoint).
      if (secret && last) queueCheckpoint(db, () => makeCheckpoint(db, newHead, secret.keyId, secret.auditKey, new Date().toISOString()));
      return { result, events };
    } catch (error) {
      if (error instanceof AuditHeadMovedError) continue;
      const userId = drafts[0]?.actor.userId;
      if (error instanceof AccountStateError && userId) for (const listener of accountRefusalListeners) listener(userId, error);
      throw error;
    }
  }
  return undefined;
}

/**
 * One case written: its event carries the case's SHA-256. Several: the last event says its
 * rows are sealed, when the key is there to seal them.
 */
async function withCaseHashes(drafts: readonly AuditDraft[], rows: readonly CaseRow[]): Promise<(keyed: boolean) => SealableDraft[]> {
  const [only] = rows;
  const single = rows.length === 1 && only && drafts.length === 1 && drafts[0]?.caseId === only.id ? await caseSha256(only) : undefined;
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
async function checkAccount(db: ErcmsDatabase, actor: Actor | undefined): Promise<void> {
  if (!actor || actor.userId === 'system') return;
  const account = await db.users.get(actor.userId);
  if (!account) {
    if ((await db.users.limit(1).count()) > 0) throw new AccountStateError('unknown');
    return;
  }
  if (!account.active) throw new AccountStateError('deactivated');
  if (account.role !== actor.role) throw new AccountStateError('roleChanged');
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
