import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, UserIdSchema, recordMetaShape } from './primitives';

/**
 * The assessment of the risk of refoulement to the destination (RD Art. 5; ECHR Art. 3).
 * Removal needs `cleared` for the country of destination.
 */
export const NonRefoulementAssessmentSchema = z
  .object({
    ...recordMetaShape,
    destinationCountry: CountryCodeSchema,
    outcome: z.enum(['cleared', 'risk_identified', 'under_review']),
    assessedOn: IsoDateSchema,
    assessedBy: UserIdSchema,
    /** Every country the assessment weighed (destination, transit, onward removal): refoulement is assessed for each. */
    countriesConsidered: z.array(CountryCodeSchema).max(20).optional(),
    /** The file reference of the assessment (e.g. the opinion of the asylum authority). */
    reference: z.string().min(1).max(100).optional(),
    reasoning: NoteSchema.optional(),
  })
  .meta({ id: 'NonRefoulementAssessment' });
export type NonRefoulementAssessment = z.infer<typeof NonRefoulementAssessmentSchema>;
