import { z } from 'zod';
import { AuditEventSchema } from '../../../shared/model/auditEvent';
import { UuidSchema } from '../../../shared/model/primitives';

export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 hash is 64 hexadecimal digits');

/** The previousHash of the first event of a database. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * An audit event as stored: the workflow's event (shared/model/auditEvent) with its place in
 * the hash chain made mandatory. Events that concern no single case (signing in a user,
 * exports of many cases, backup and restore) have no `caseId` and name what they concern
 * in `subject`.
 */
export const StoredAuditEventSchema = AuditEventSchema.extend({
  caseId: UuidSchema.optional(),
  subject: z.string().min(1).max(300).optional(),
  /** SHA-256 of the case file as this event wrote it (canonical JSON): a case changed without an event no longer matches. */
  caseSha256: Sha256HexSchema.optional(),
  /** This event wrote several cases, each sealed with an HMAC under the workspace audit key (auditedWrite.ts). */
  sealedRows: z.literal(true).optional(),
  sequence: z.int().min(1),
  previousHash: Sha256HexSchema,
  hash: Sha256HexSchema,
});
export type StoredAuditEvent = z.infer<typeof StoredAuditEventSchema>;

/** An event before the store places it in the chain. */
export type AuditDraft = Omit<StoredAuditEvent, 'sequence' | 'previousHash' | 'hash' | 'caseSha256' | 'sealedRows'>;

export interface AuditChainHead {
  sequence: number;
  hash: string;
}

export const GENESIS_HEAD: AuditChainHead = { sequence: 0, hash: GENESIS_HASH };
