import { z } from 'zod';
import { ActorSchema } from './actor';
import { NoteSchema, TimestampSchema, UuidSchema } from './primitives';

/** One changed field: `path` is a dotted path into the case file (e.g. `stage`, `decisions.3`). */
export const FieldChangeSchema = z
  .object({
    path: z.string().min(1).max(300),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'FieldChange' });
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * The append-only record of one workflow action. The store adds the hash chain
 * (`sequence`, `previousHash`, `hash`) when it writes the event, so these are optional here.
 */
export const AuditEventSchema = z
  .object({
    id: UuidSchema,
    caseId: UuidSchema,
    actor: ActorSchema,
    at: TimestampSchema,
    action: z.string().min(1).max(100),
    changes: z.array(FieldChangeSchema),
    reason: NoteSchema.optional(),
    legalBasis: z.string().min(1).max(500).optional(),
    sequence: z.int().min(0).optional(),
    previousHash: z.string().max(200).optional(),
    hash: z.string().max(200).optional(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEventSchema>;
