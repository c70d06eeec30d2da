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
 * A coded value a message names (a role, a stage, a country…): its group and codes; each
 * language words it its own way (see shared/explanations).
 */
export const MessageTermsSchema = z
  .object({
    group: z.string().min(1).max(100),
    values: z.array(z.string().min(1).max(200)).max(100),
    join: z.enum(['and', 'or']),
  })
  .meta({ id: 'MessageTerms' });

/**
 * A message of the explanations catalogue (shared/explanations) as stored in a record:
 * its key, the values it interpolates, and its English text when it was written (so the
 * record reads without the catalogue, e.g. in a backup opened elsewhere).
 */
export const CatalogueMessageSchema = z
  .object({
    key: z.string().min(1).max(200),
    params: z.record(z.string().min(1).max(100), z.union([z.string().max(4000), z.number(), MessageTermsSchema])),
    text: NoteSchema,
  })
  .meta({ id: 'CatalogueMessage' });
export type CatalogueMessage = z.infer<typeof CatalogueMessageSchema>;

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
    /** A reason the user typed, kept as typed; on events written before reasonMessage, also the workflow's own English reason. */
    reason: NoteSchema.optional(),
    /** The workflow's own reason (e.g. "awaits approval by another supervisor"), as a catalogue message each language words. */
    reasonMessage: CatalogueMessageSchema.optional(),
    legalBasis: z.string().min(1).max(500).optional(),
    sequence: z.int().min(0).optional(),
    previousHash: z.string().max(200).optional(),
    hash: z.string().max(200).optional(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEventSchema>;
