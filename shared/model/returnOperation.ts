import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, TimestampSchema, recordMetaShape } from './primitives';

/** Who carries out the return: IOM and Fedasil organise voluntary returns (or the person leaves by their own means), the police escort forced ones, Frontex coordinates joint operations. */
export const ReturnCarrierSchema = z
  .enum(['iom', 'fedasil', 'own_means', 'police_escort', 'frontex', 'commercial_unescorted', 'other'])
  .meta({ id: 'ReturnCarrier' });
export type ReturnCarrier = z.infer<typeof ReturnCarrierSchema>;

/** A removal attempt; a refusal to board restarts the Belgian detention title (Kabongo v Belgium). */
export const RemovalAttemptSchema = z
  .object({
    at: TimestampSchema,
    outcome: z.enum(['departed', 'refused_to_board', 'cancelled', 'failed_other']),
    note: NoteSchema.optional(),
  })
  .meta({ id: 'RemovalAttempt' });
export type RemovalAttempt = z.infer<typeof RemovalAttemptSchema>;

/** Reintegration support: Western Balkan visa-free nationals get administrative assistance only (Fedasil/IOM). */
export const ReintegrationSchema = z
  .object({
    tier: z.enum(['full', 'administrative_assistance', 'none']),
    provider: z.string().min(1).max(200).optional(),
    startsOn: IsoDateSchema.optional(),
    grantEur: z.number().min(0).optional(),
  })
  .meta({ id: 'Reintegration' });
export type Reintegration = z.infer<typeof ReintegrationSchema>;

export const ReturnOperationSchema = z
  .object({
    ...recordMetaShape,
    kind: z.enum(['voluntary', 'forced']),
    carrier: ReturnCarrierSchema,
    destinationCountry: CountryCodeSchema,
    /** The person's consent to a voluntary return, as signed with IOM/Fedasil. */
    voluntaryReturnConsentOn: IsoDateSchema.optional(),
    scheduledDepartureAt: TimestampSchema.optional(),
    flightNumber: z.string().min(1).max(20).optional(),
    escorts: z.int().min(0),
    attempts: z.array(RemovalAttemptSchema),
    departedAt: TimestampSchema.optional(),
    arrivalConfirmedAt: TimestampSchema.optional(),
    reintegration: ReintegrationSchema.optional(),
  })
  .meta({ id: 'ReturnOperation' });
export type ReturnOperation = z.infer<typeof ReturnOperationSchema>;
