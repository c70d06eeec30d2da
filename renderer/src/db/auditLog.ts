import type { Actor } from '../../../shared/model/actor';
import type { AuditChainReport } from './auditChain';
import { broken, verifyAuditSegment } from './auditChain';
import type { AuditDraft, StoredAuditEvent } from './auditEventRecord';
import { GENESIS_HEAD } from './auditEventRecord';
import { readAuditHead, writeWithAudit } from './auditedWrite';
import type { StoreContext } from './storeContext';
import type { AuditTrailReport } from './auditTrail';
import { verifyAuditTrail } from './auditTrail';
import { assertPermission } from './permissions';

const VERIFY_BATCH = 2_000;

export interface AuditPage {
  events: StoredAuditEvent[];
  /** Pass back as `before` for the next (older) page; absent on the last page. */
  nextBefore?: number;
}

/**
 * The append-only audit trail of one workspace. Case changes are appended by the case
 * repository in the same transaction as the change; this module records what does not
 * change a case (viewing, exporting) and checks the chain.
 */
export function createAuditLog(context: StoreContext) {
  const { db, workspace } = context;

  function draft(actor: Actor, action: string, fields: Partial<AuditDraft>): AuditDraft {
    return { id: context.newId(), actor: { ...actor }, at: context.now().toISOString(), action, changes: [], ...fields };
  }

  async function append(drafts: readonly AuditDraft[]): Promise<StoredAuditEvent[]> {
    const { events } = await writeWithAudit(db, drafts, async () => undefined);
    return events;
  }

  return {
    /** Opening a case file is itself audited (who looked at whose data). */
    async recordView(actor: Actor, caseId: string): Promise<StoredAuditEvent> {
      assertPermission(actor, 'case.read', workspace);
      const [event] = await append([draft(actor, 'case.viewed', { caseId })]);
      if (!event) throw new Error('The view could not be recorded.');
      return event;
    },

    /** Every export (CSV, PDF, case file, backup) is recorded with what left the application. */
    async recordExport(actor: Actor, what: { kind: string; caseIds?: readonly string[]; fileName?: string; count?: number }): Promise<StoredAuditEvent> {
      assertPermission(actor, 'case.export', workspace);
      const [event] = await append([
        draft(actor, `export.${what.kind}`, { subject: exportSubject(what), ...(what.caseIds?.length === 1 ? { caseId: what.caseIds[0] } : {}) }),
      ]);
      if (!event) throw new Error('The export could not be recorded.');
      return event;
    },

    /** Events of one case, newest first, paged by sequence number. */
    async eventsForCase(actor: Actor, caseId: string, options: { limit?: number; before?: number } = {}): Promise<AuditPage> {
      assertPermission(actor, 'case.read', workspace);
      const limit = options.limit ?? 50;
      const upper = options.before ?? Number.MAX_SAFE_INTEGER;
      const events = await db.audit
        .where('[caseId+sequence]')
        .between([caseId, 0], [caseId, upper], true, false)
        .reverse()
        .limit(limit + 1)
        .toArray();
      const page = events.slice(0, limit);
      const last = page[page.length - 1];
      return events.length > limit && last ? { events: page, nextBefore: last.sequence } : { events: page };
    },

    /**
     * Walks the whole chain in sequence order and reports the first broken link: an edited
     * event, a deleted one (gap), a relinked one, or deleted events at the end (the stored
     * head no longer matches the last event).
     */
    async verifyAuditChain(actor?: Actor): Promise<AuditChainReport> {
      if (actor) assertPermission(actor, 'audit.verify', workspace);
      return verifyDatabaseChain(context);
    },

    /**
     * The full check (auditTrail.ts): the chain, its anchor outside the database, and every
     * case against the event that last wrote it. "Verified up to event N", or the first break
     * with the case it concerns. For the audit screen and the start-up check.
     */
    async verifyAuditTrail(actor?: Actor): Promise<AuditTrailReport> {
      if (actor) assertPermission(actor, 'audit.verify', workspace);
      return verifyAuditTrail(db);
    },

    readHead: () => readAuditHead(db),
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

export async function verifyDatabaseChain({ db }: Pick<StoreContext, 'db'>): Promise<AuditChainReport> {
  const recordedHead = await readAuditHead(db);
  let head = GENESIS_HEAD;
  let count = 0;
  for (;;) {
    // Batches outside a transaction: hashing is asynchronous (see auditedWrite.ts).
    const batch = await db.audit.where('sequence').above(head.sequence).limit(VERIFY_BATCH).toArray();
    if (batch.length === 0) break;
    const outcome = await verifyAuditSegment(head, batch);
    if ('ok' in outcome) return outcome;
    head = outcome;
    count += batch.length;
  }
  if (head.sequence < recordedHead.sequence) {
    return broken(head.sequence + 1, 'truncated', `Audit events #${head.sequence + 1} to #${recordedHead.sequence} were deleted.`);
  }
  if (head.sequence === recordedHead.sequence && head.hash !== recordedHead.hash) {
    return broken(head.sequence, 'edited', `Audit event #${head.sequence} does not match the recorded end of the trail.`);
  }
  return { ok: true, events: count, head };
}

function exportSubject(what: { kind: string; caseIds?: readonly string[]; fileName?: string; count?: number }): string {
  const parts = [what.kind];
  if (what.fileName) parts.push(`file ${what.fileName}`);
  const count = what.count ?? what.caseIds?.length;
  if (count !== undefined) parts.push(`${count} case(s)`);
  return parts.join(', ').slice(0, 300);
}
