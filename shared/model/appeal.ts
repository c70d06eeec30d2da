import { z } from 'zod';
import { IsoDateSchema, UuidSchema, recordMetaShape } from './primitives';

/**
 * An appeal against a decision. A pending suspensive appeal bars removal (RD Art. 13(2);
 * Aliens Act Art. 39/79).
 */
export const AppealSchema = z
  .object({
    ...recordMetaShape,
    decisionId: UuidSchema,
    court: z.string().min(1).max(200),
    lodgedOn: IsoDateSchema,
    suspensive: z.boolean(),
    status: z.enum(['pending', 'rejected', 'annulled', 'withdrawn']),
    decidedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'Appeal' });
export type Appeal = z.infer<typeof AppealSchema>;
