import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, recordMetaShape } from './primitives';

/**
 * The instrument a transfer of a sentenced person is requested under. Ids match the
 * instruments in shared/reference.
 */
export const TransferInstrumentSchema = z
  .enum(['ETS_112', 'ETS_167_ART_2', 'ETS_167_ART_3', 'BE_AL_2010', 'BE_XK_2010', 'BE_BR_2009', 'FD_2008_909'])
  .meta({ id: 'TransferInstrument' });
export type TransferInstrument = z.infer<typeof TransferInstrumentSchema>;

export const SentenceTransferStatusSchema = z
  .enum(['assessing', 'requested', 'accepted', 'refused', 'transferred', 'withdrawn'])
  .meta({ id: 'SentenceTransferStatus' });
export type SentenceTransferStatus = z.infer<typeof SentenceTransferStatusSchema>;

/** A request to have the sentence enforced in the state of nationality. */
export const SentenceTransferSchema = z
  .object({
    ...recordMetaShape,
    instrument: TransferInstrumentSchema,
    administeringState: CountryCodeSchema,
    /** True when the request relies on a without-consent basis (ETS 167, BE–AL, BE–XK, FD 2008/909; never BE–BR). */
    withoutConsent: z.boolean(),
    status: SentenceTransferStatusSchema,
    requestSentOn: IsoDateSchema.optional(),
    /** ETS 112 Art. 3(1)(c) counts the remaining sentence from the receipt of the request. */
    requestReceivedOn: IsoDateSchema.optional(),
    decidedOn: IsoDateSchema.optional(),
    transferredOn: IsoDateSchema.optional(),
    refusalReason: NoteSchema.optional(),
  })
  .meta({ id: 'SentenceTransfer' });
export type SentenceTransfer = z.infer<typeof SentenceTransferSchema>;
