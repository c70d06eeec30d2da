import type { AuditChainBreak } from './auditChain';
import { broken, verifyAuditSegment } from './auditChain';
import { checkpointIsAuthentic, readCheckpoint } from './auditAnchor';
import type { AuditChainHead, StoredAuditEvent } from './auditEventRecord';
import { GENESIS_HEAD } from './auditEventRecord';
import { readAuditHead, caseSha256, rowSeal } from './auditedWrite';
import { hasWorkspaceSecret, unlockedSecret } from './auditKey';
import type { ErcmsDatabase } from './database';
import { backgroundTurn } from './foregroundReads';
import { timeSlices } from './mainThreadSlices';

const VERIFY_BATCH = 2_000;
/**
 * Cases read at a time: the structured clone of 2,000 cases (about 5 MB) alone was a 0.3 s task
 * of the page under load. 250: a batch already read when an export starts is finished before the
 * verification pauses, and its clone was still one of the page's longest tasks during the export.
 */
const VERIFY_CASE_BATCH = 250;

/**
 * What the verification proved. `anchor`: `verified` when the trail reaches the anchor kept
 * outside the database and the anchor's HMAC holds; `keyLocked` when this window has not
 * unwrapped the workspace key (the chain and the cases were checked, the anchor's HMAC
 * and sealed imports were not); `none` for a database that has no workspace key yet.
 */
export interface AuditTrailVerified {
  ok: true;
  /** The trail is intact from event #1 up to this event. */
  verifiedUpTo: number;
  events: number;
  head: AuditChainHead;
  anchor: 'verified' | 'keyLocked' | 'none';
  /** The anchor's event, when there is one: events after it were written without the key (e.g. after a reload). */
  anchoredUpTo?: number;
  /** Cases whose last write could not be checked (written before schema v4, or sealed under a key this window lacks). */
  uncheckedCases: number;
  messageKey: 'trust.audit.verified';
}

export type AuditTrailReport = AuditTrailVerified | AuditChainBreak;

interface EventFacts {
  sequence: number;
  caseId?: string;
  caseSha256?: string;
  sealedRows?: true;
}

export interface VerifyAuditTrailOptions {
  /**
   * The verification nobody waits for (the one the app starts after sign-in): it yields to
   * foreground reads of the store (an export), pausing between its batches while one runs
   * (foregroundReads.ts). A verification a user asked for, or a backup's, never pauses.
   */
  background?: boolean;
}

/**
 * Checks the whole audit trail: every event's hash and link (an edit, a gap, a relinked
 * event), the head recorded in the database (a deleted tail), the anchor outside the
 * database (a rewritten, emptied or rolled-back trail, a forged anchor), and every case
 * record against the event that last wrote it (a case changed without an event).
 * Returns "verified up to event N", or the first break with the case it concerns.
 */
export async function verifyAuditTrail(db: ErcmsDatabase, options: VerifyAuditTrailOptions = {}): Promise<AuditTrailReport> {
  // In the background, each batch first waits for any foreground read (an export) to end.
  const turn = options.background === true ? backgroundTurn : async () => undefined;
  const recordedHead = await readAuditHead(db);
  const events = new Map<string, EventFacts>();
  const hashAt = new Map<number, string>();
  let head = GENESIS_HEAD;
  let count = 0;
  for (;;) {
    await turn();
    // Batches outside a transaction: the seals of imported rows are WebCrypto HMACs, asynchronous.
    const batch: StoredAuditEvent[] = await db.audit.where('sequence').above(head.sequence).limit(VERIFY_BATCH).toArray();
    if (batch.length === 0) break;
    const outcome = await verifyAuditSegment(head, batch);
    if ('ok' in outcome) return outcome;
    for (const event of batch) {
      events.set(event.hash, {
        sequence: event.sequence,
        ...(event.caseId ? { caseId: event.caseId } : {}),
        ...(event.caseSha256 ? { caseSha256: event.caseSha256 } : {}),
        ...(event.sealedRows ? { sealedRows: true } : {}),
      });
      hashAt.set(event.sequence, event.hash);
    }
    head = outcome;
    count += batch.length;
  }
  if (head.sequence < recordedHead.sequence) {
    return broken(head.sequence + 1, 'truncated', `Audit events #${head.sequence + 1} to #${recordedHead.sequence} were deleted.`);
  }
  if (head.sequence === recordedHead.sequence && head.hash !== recordedHead.hash) {
    return broken(head.sequence, 'edited', `Audit event #${head.sequence} does not match the recorded end of the trail.`);
  }

  const anchorOutcome = await checkAnchor(db, head, hashAt);
  if ('ok' in anchorOutcome) return anchorOutcome;

  const secret = unlockedSecret(db);
  const slices = timeSlices();
  let uncheckedCases = 0;
  let caseBreak: AuditChainBreak | undefined;
  let lastId: string | undefined;
  for (;;) {
    await turn();
    const rows =
      lastId === undefined
        ? await db.cases.orderBy('id').limit(VERIFY_CASE_BATCH).toArray()
        : await db.cases.where('id').above(lastId).limit(VERIFY_CASE_BATCH).toArray();
    if (rows.length === 0) break;
    // A case's SHA-256 is computed here (synchronously); the seals of imported rows are WebCrypto HMACs, awaited together
    // (one by one, each waits a round trip to WebCrypto's thread). Both start with the case's canonical JSON, in time
    // slices, so a batch does not hold the page's main thread for a second (npm run bench: the verification at start ran under the exports).
    const pending: (Promise<string> | string | undefined)[] = [];
    for (const row of rows) {
      await slices.next();
      const event = row.auditEvent ? events.get(row.auditEvent) : undefined;
      if (!event || !row.auditEvent) pending.push(undefined);
      else if (event.caseSha256) pending.push(caseSha256(row));
      else pending.push(event.sealedRows && secret && row.auditSeal ? rowSeal(secret.auditKey, row.auditEvent, row) : undefined);
    }
    const digests = await Promise.all(pending);
    for (const [index, row] of rows.entries()) {
      if (!row.auditEvent) {
        uncheckedCases += 1;
        continue;
      }
      const event = events.get(row.auditEvent);
      if (!event) {
        caseBreak ??= broken(head.sequence, 'case', `Case ${row.caseFile.reference} was written by no event of the audit trail.`, row.id);
        continue;
      }
      if (event.caseId !== undefined && event.caseId !== row.id) {
        caseBreak ??= broken(
          event.sequence,
          'case',
          `Case ${row.caseFile.reference} names audit event #${event.sequence}, which concerns another case.`,
          row.id,
        );
        continue;
      }
      if (event.caseSha256) {
        if (digests[index] !== event.caseSha256)
          caseBreak ??= broken(
            event.sequence,
            'case',
            `Case ${row.caseFile.reference} was changed after audit event #${event.sequence} without an event.`,
            row.id,
          );
        continue;
      }
      if (event.sealedRows) {
        if (!secret) uncheckedCases += 1;
        else if (!row.auditSeal || digests[index] !== row.auditSeal) {
          caseBreak ??= broken(
            event.sequence,
            'case',
            `Case ${row.caseFile.reference} was changed after audit event #${event.sequence} without an event.`,
            row.id,
          );
        }
        continue;
      }
      uncheckedCases += 1;
    }
    if (caseBreak) return caseBreak;
    lastId = rows[rows.length - 1]?.id;
  }

  return {
    ok: true,
    verifiedUpTo: head.sequence,
    events: count,
    head,
    anchor: anchorOutcome.anchor,
    ...(anchorOutcome.anchoredUpTo !== undefined ? { anchoredUpTo: anchorOutcome.anchoredUpTo } : {}),
    uncheckedCases,
    messageKey: 'trust.audit.verified',
  };
}

async function checkAnchor(
  db: ErcmsDatabase,
  head: AuditChainHead,
  hashAt: ReadonlyMap<number, string>,
): Promise<AuditChainBreak | { anchor: AuditTrailVerified['anchor']; anchoredUpTo?: number }> {
  const [checkpoint, keyed] = await Promise.all([readCheckpoint(db), hasWorkspaceSecret(db)]);
  if (!keyed && !checkpoint) return { anchor: 'none' };
  if (!checkpoint) return broken(head.sequence, 'anchor', 'The anchor of the audit trail, kept outside the database, is missing: the trail cannot be trusted.');
  const secret = unlockedSecret(db);
  if (secret) {
    if (checkpoint.keyId !== secret.keyId || !(await checkpointIsAuthentic(db, checkpoint, secret.auditKey))) {
      return broken(checkpoint.sequence, 'anchor', 'The anchor of the audit trail was not written by this workspace (its HMAC does not match).');
    }
  }
  if (checkpoint.sequence > head.sequence) {
    return broken(
      head.sequence + 1,
      'anchor',
      `The trail ends at event #${head.sequence} but reached event #${checkpoint.sequence}: events were deleted, or an older copy of the database was put back.`,
    );
  }
  if (checkpoint.sequence > 0 && hashAt.get(checkpoint.sequence) !== checkpoint.hash) {
    return broken(
      checkpoint.sequence,
      'anchor',
      `Audit events up to #${checkpoint.sequence} were rewritten after they were recorded (the trail no longer reaches its anchor).`,
    );
  }
  return { anchor: secret ? 'verified' : 'keyLocked', anchoredUpTo: checkpoint.sequence };
}
