import { z } from 'zod';
import { UuidSchema, nameText, recordMetaShape } from './primitives';

/** Where a name variant comes from: what the person said, a document, or a database hit. */
export const IdentitySourceSchema = z.enum(['declared', 'document', 'database', 'third_country_authority']).meta({ id: 'IdentitySource' });
export type IdentitySource = z.infer<typeof IdentitySourceSchema>;

export const IdentityConfidenceSchema = z.enum(['low', 'medium', 'high', 'confirmed']).meta({ id: 'IdentityConfidence' });
export type IdentityConfidence = z.infer<typeof IdentityConfidenceSchema>;

/** One identity or alias of the person; exactly one should be marked primary. */
export const IdentitySchema = z
  .object({
    ...recordMetaShape,
    familyName: nameText(200),
    givenNames: nameText(200, 0),
    primary: z.boolean(),
    source: IdentitySourceSchema,
    confidence: IdentityConfidenceSchema,
    /** The document this name was read from, when the source is a document. */
    documentId: UuidSchema.optional(),
    databaseName: z.string().min(1).max(100).optional(),
  })
  .meta({ id: 'Identity' });
export type Identity = z.infer<typeof IdentitySchema>;
