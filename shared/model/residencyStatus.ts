import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, freeText, recordMetaShape } from './primitives';

/**
 * Residence situations that decide the route: a valid permit leads to legal stay,
 * protection in another Member State to a return there (RD Art. 6(2)), Dublin to a
 * Dublin transfer, the rest to a return decision.
 */
export const ResidencyStatusKindSchema = z
  .enum(['asylum_pending', 'asylum_rejected', 'irregular_stay', 'valid_permit', 'protection_other_member_state', 'dublin', 'short_stay_expired'])
  .meta({ id: 'ResidencyStatusKind' });
export type ResidencyStatusKind = z.infer<typeof ResidencyStatusKindSchema>;

/** One period in the person's residence history; `to` absent means still current. */
export const ResidencyStatusSchema = z
  .object({
    ...recordMetaShape,
    status: ResidencyStatusKindSchema,
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    decisionReference: z.string().min(1).max(100).optional(),
    /** The Member State that granted protection or is responsible under Dublin. */
    memberState: CountryCodeSchema.optional(),
    /** When the authorities learned of the irregular stay: starts the 1-year limit for a third-country national request (EU–Albania RA Art. 10). */
    irregularStayKnownOn: IsoDateSchema.optional(),
    note: freeText(1000, 0).optional(),
  })
  .meta({ id: 'ResidencyStatus' });
export type ResidencyStatus = z.infer<typeof ResidencyStatusSchema>;
