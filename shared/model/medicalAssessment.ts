import { z } from 'zod';
import { IsoDateSchema, NoteSchema, recordMetaShape } from './primitives';

/** A doctor's assessment of fitness to travel, needed before removal (RD Art. 5(c), 9(2)(a)). */
export const FitnessToTravelSchema = z
  .object({
    ...recordMetaShape,
    outcome: z.enum(['fit', 'fit_with_conditions', 'unfit']),
    assessedOn: IsoDateSchema,
    assessedBy: z.string().min(1).max(200),
    validUntil: IsoDateSchema.optional(),
    conditions: NoteSchema.optional(),
    /** A medical escort (doctor or nurse) must travel with the person. */
    escortRequired: z.boolean().optional(),
    /** Medication, equipment or care needed during the journey and on arrival. */
    medicalNeeds: NoteSchema.optional(),
  })
  .meta({ id: 'FitnessToTravel' });
export type FitnessToTravel = z.infer<typeof FitnessToTravelSchema>;
