import { z } from 'zod';
import { IsoDateSchema, UuidSchema, recordMetaShape } from './primitives';

/** Belgian detention regimes have different limits (domain.md §0, V7). */
export const DetentionTypeSchema = z.enum(['return', 'asylum_territory', 'asylum_border', 'dublin']).meta({ id: 'DetentionType' });
export type DetentionType = z.infer<typeof DetentionTypeSchema>;

export const DetentionEndReasonSchema = z
  .enum(['removed', 'released_at_maximum', 'released_alternative', 'released_by_court', 'released_other', 'new_title_after_refusal_to_board', 'transferred'])
  .meta({ id: 'DetentionEndReason' });
export type DetentionEndReason = z.infer<typeof DetentionEndReasonSchema>;

/**
 * One detention title in a closed centre. A refusal to board ends the title and starts a
 * new one (`titleNumber` + 1) under Belgian practice; the Return Directive's 18-month
 * ceiling still counts all titles for the same return decision together (CJEU Kadzoev,
 * Aroja), so cumulative length is the sum over periods.
 */
export const DetentionPeriodSchema = z
  .object({
    ...recordMetaShape,
    centre: z.string().min(1).max(200),
    detentionType: DetentionTypeSchema,
    /** Public-order detention may be extended month by month to the higher Belgian limit. */
    publicOrder: z.boolean(),
    titleNumber: z.int().min(1),
    startedOn: IsoDateSchema,
    endedOn: IsoDateSchema.optional(),
    endReason: DetentionEndReasonSchema.optional(),
    /** The detention decision (ground and alternatives considered). */
    decisionId: UuidSchema.optional(),
  })
  .meta({ id: 'DetentionPeriod' });
export type DetentionPeriod = z.infer<typeof DetentionPeriodSchema>;
