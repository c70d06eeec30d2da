import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, recordMetaShape } from './primitives';

/**
 * Dublin III (Reg. 604/2013) governs applications registered before 1 July 2026, the Asylum and
 * Migration Management Regulation (Reg. 2024/1351) those lodged from that date: the regime
 * decides the transfer-window extensions, so it is recorded with the application date.
 */
export const DublinRegimeSchema = z.enum(['dublin_iii', 'ammr_2024_1351']).meta({ id: 'DublinRegime' });
export type DublinRegime = z.infer<typeof DublinRegimeSchema>;

export const DublinRequestSchema = z
  .object({
    ...recordMetaShape,
    memberState: CountryCodeSchema,
    regime: DublinRegimeSchema,
    requestType: z.enum(['take_charge', 'take_back']),
    applicationLodgedOn: IsoDateSchema,
    status: z.enum(['draft', 'sent', 'accepted', 'rejected', 'transferred', 'expired', 'withdrawn']),
    sentOn: IsoDateSchema.optional(),
    acceptedOn: IsoDateSchema.optional(),
    /** Silence is acceptance after the reply period (Dublin III Arts. 22(7), 25(2)). */
    acceptance: z.enum(['explicit', 'implicit']).optional(),
    /** The transfer window runs from this date instead of acceptance when a suspensive appeal was decided (Dublin III Art. 29(1)). */
    suspensiveAppealFinalOn: IsoDateSchema.optional(),
    /** Extension of the window: imprisonment or absconding (Dublin III Art. 29(2)). */
    extension: z.enum(['none', 'imprisonment', 'absconding']),
    transferredOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'DublinRequest' });
export type DublinRequest = z.infer<typeof DublinRequestSchema>;
