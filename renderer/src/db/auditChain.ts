import { canonicalJson } from './canonicalJson';
import { timeSlices, type TimeSlices } from './mainThreadSlices';
import { recordSha256Hex } from './sha256';
import type { AuditChainHead, AuditDraft, StoredAuditEvent } from './auditEventRecord';

/**
 * The audit trail's tamper evidence: each event's hash covers its content, its sequence
 * number and the previous event's hash, so editing or deleting any stored event breaks
 * every link after it. Hashes are over canonical JSON (sorted keys) so they survive a trip
 * through IndexedDB or a backup file.
 */
export function hashAuditEvent(event: Omit<StoredAuditEvent, 'hash'>): string {
  return recordSha256Hex(canonicalJson(event));
}

/** A draft with what the store adds before chaining it (the written case's hash, the sealed-rows mark). */
export type SealableDraft = AuditDraft & Partial<Pick<StoredAuditEvent, 'caseSha256' | 'sealedRows'>>;

/** Places drafts after `head`, in order (synchronously: it runs inside the transaction that appends them). */
export function sealAuditEvents(head: AuditChainHead, drafts: readonly SealableDraft[]): StoredAuditEvent[] {
  const sealed: StoredAuditEvent[] = [];
  let previous = head;
  for (const draft of drafts) {
    const unsealed = { ...draft, sequence: previous.sequence + 1, previousHash: previous.hash };
    const event: StoredAuditEvent = { ...unsealed, hash: hashAuditEvent(unsealed) };
    sealed.push(event);
    previous = { sequence: event.sequence, hash: event.hash };
  }
  return sealed;
}

export interface AuditChainBreak {
  ok: false;
  /** Sequence number of the first event that is missing, edited or out of the chain. */
  brokenAt: number;
  /**
   * edited / missing / relinked / truncated: the events themselves; anchor: the trail no
   * longer reaches the anchor kept outside the database (rewritten, cut, or an older copy of
   * the database put back), or the anchor itself was forged; case: a case record changed
   * without an audit event (`caseId` names it).
   */
  problem: 'edited' | 'missing' | 'relinked' | 'truncated' | 'anchor' | 'case';
  message: string;
  /** The case the broken event or record concerns, when there is one. */
  caseId?: string;
  /** `trust.audit.broken.<problem>`, to show the break in the user's language. */
  messageKey?: string;
}

export type AuditChainReport = { ok: true; events: number; head: AuditChainHead } | AuditChainBreak;

/**
 * Checks one run of events that should follow `previous`. Returns the first broken link
 * or the new head. Split from the database so the same check runs on a backup file. Hashing
 * is synchronous, so a long run (a backup's whole trail) gives the page's main thread back
 * in time slices.
 */
export async function verifyAuditSegment(
  previous: AuditChainHead,
  events: readonly StoredAuditEvent[],
  slices: TimeSlices = timeSlices(),
): Promise<AuditChainBreak | AuditChainHead> {
  let head = previous;
  for (const event of events) {
    await slices.next();
    if (event.sequence !== head.sequence + 1) {
      return broken(
        head.sequence + 1,
        'missing',
        `Audit event #${head.sequence + 1} is missing: the trail jumps from #${head.sequence} to #${event.sequence}.`,
      );
    }
    if (event.previousHash !== head.hash) {
      return broken(
        event.sequence,
        'relinked',
        `Audit event #${event.sequence} does not follow event #${head.sequence}: an event before it was changed or replaced.`,
        event.caseId,
      );
    }
    const { hash, ...content } = event;
    if (hashAuditEvent(content) !== hash) {
      return broken(
        event.sequence,
        'edited',
        `Audit event #${event.sequence} (${event.action} by ${event.actor.displayName} at ${event.at}) was changed after it was recorded.`,
        event.caseId,
      );
    }
    head = { sequence: event.sequence, hash: event.hash };
  }
  return head;
}

export function broken(sequence: number, problem: AuditChainBreak['problem'], message: string, caseId?: string): AuditChainBreak {
  return {
    ok: false,
    brokenAt: sequence,
    problem,
    message: `${message} Report this to the administrator; the audit trail must not be edited.`,
    messageKey: `trust.audit.broken.${problem}`,
    ...(caseId ? { caseId } : {}),
  };
}
