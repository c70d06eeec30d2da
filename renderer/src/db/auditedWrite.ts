import { z } from 'zod';
import { sealAuditEvents } from './auditChain';
import type { AuditChainHead, AuditDraft, StoredAuditEvent } from './auditEventRecord';
import { GENESIS_HEAD } from './auditEventRecord';
import type { ErcmsDatabase } from './database';

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

const MAX_ATTEMPTS = 20;

/**
 * Runs `write` and appends the audit events in ONE read-write transaction over every table:
 * either the change and its audit trail are both stored, or neither is.
 *
 * WebCrypto's digest is asynchronous and not an IndexedDB request, so awaiting it inside an
 * IndexedDB transaction would let the transaction commit early. The events are therefore
 * hashed before the transaction against the chain head read then; inside, the head is read
 * again and, if another window appended meanwhile, the transaction is abandoned (nothing
 * written) and the events are re-hashed on the new head. Read-write transactions on the
 * same tables are serialised by IndexedDB, so the check-then-append inside is safe.
 */
export async function writeWithAudit<T>(db: ErcmsDatabase, drafts: readonly AuditDraft[], write: () => Promise<T>): Promise<{ result: T; events: StoredAuditEvent[] }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const known = attempt === 0 ? knownHeads.get(db) : undefined;
    const head = known ?? (await readAuditHead(db));
    const events = await sealAuditEvents(head, drafts);
    try {
      const result = await db.transaction('rw', [db.cases, db.audit, db.counts, db.meta, db.users], async () => {
        // Every await here is a round trip to the browser's storage process, so the head
        // check and the caller's reads go out together, and the events are appended while
        // the caller writes. Nothing is stored before the transaction commits: if the head
        // moved, the throw below aborts it, the caller's writes included.
        const headRead = readAuditHead(db);
        const writing = write();
        // Its failure is reported through Promise.all below, or superseded by the head's.
        writing.catch(() => undefined);
        const current = await headRead;
        if (current.sequence !== head.sequence || current.hash !== head.hash) {
          knownHeads.delete(db);
          throw new AuditHeadMovedError();
        }
        const last = events[events.length - 1];
        const appending = last ? Promise.all([db.audit.bulkAdd(events), db.meta.put({ key: AUDIT_HEAD_KEY, value: { sequence: last.sequence, hash: last.hash } })]) : undefined;
        const [value] = await Promise.all([writing, appending]);
        return value;
      });
      const last = events[events.length - 1];
      knownHeads.set(db, last ? { sequence: last.sequence, hash: last.hash } : head);
      return { result, events };
    } catch (error) {
      if (error instanceof AuditHeadMovedError) continue;
      throw error;
    }
  }
  throw new Error('The audit trail is being written by another window without pause. Close the other eRCMS windows and try again.');
}
