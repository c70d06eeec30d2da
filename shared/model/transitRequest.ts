import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, recordMetaShape } from './primitives';

/** A request to transit through a third state; refusable for a real risk of ill-treatment and revocable (EU–Albania RA Art. 14). */
export const TransitRequestSchema = z
  .object({
    ...recordMetaShape,
    agreementId: z.string().min(1).max(100),
    transitState: CountryCodeSchema,
    destinationCountry: CountryCodeSchema,
    status: z.enum(['draft', 'sent', 'approved', 'refused', 'revoked', 'withdrawn']),
    sentOn: IsoDateSchema.optional(),
    receivedOn: IsoDateSchema.optional(),
    repliedOn: IsoDateSchema.optional(),
    refusalReason: NoteSchema.optional(),
  })
  .meta({ id: 'TransitRequest' });
export type TransitRequest = z.infer<typeof TransitRequestSchema>;
