import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, UserIdSchema, UuidSchema, recordMetaShape } from './primitives';

/**
 * Grounds on which the voluntary departure period may be shortened below the default or
 * refused (0 days): Aliens Act Art. 74/14 §3; RD Art. 7(4).
 */
export const ShortenedDepartureGroundSchema = z
  .enum(['risk_of_absconding', 'breached_preventive_measure', 'public_order', 'national_security', 'fraud', 'manifestly_unfounded_application'])
  .meta({ id: 'ShortenedDepartureGround' });
export type ShortenedDepartureGround = z.infer<typeof ShortenedDepartureGroundSchema>;

/** Grounds for detention (RD Art. 15(1); Aliens Act Art. 7, 27, 74/5, 74/6, 51/5/1). */
export const DetentionGroundSchema = z
  .enum([
    'risk_of_absconding',
    'avoids_or_hampers_return',
    'public_order',
    'national_security',
    'dublin_significant_risk_of_absconding',
    'asylum_border_procedure',
    'other',
  ])
  .meta({ id: 'DetentionGround' });
export type DetentionGround = z.infer<typeof DetentionGroundSchema>;

/** Grounds for prolonging detention (RD Art. 15(6); Aliens Act Art. 7, 29). */
export const DetentionExtensionGroundSchema = z
  .enum(['removal_in_progress', 'non_cooperation', 'travel_document_delay', 'public_order', 'ministerial'])
  .meta({ id: 'DetentionExtensionGround' });
export type DetentionExtensionGround = z.infer<typeof DetentionExtensionGroundSchema>;

export const SuspensionReasonSchema = z.enum(['suspensive_appeal', 'medical', 'non_refoulement_review', 'other']).meta({ id: 'SuspensionReason' });
export type SuspensionReason = z.infer<typeof SuspensionReasonSchema>;

const decisionCommon = {
  ...recordMetaShape,
  reference: z.string().min(1).max(100).optional(),
  decidedOn: IsoDateSchema,
  /** Notification starts appeal periods and the voluntary departure period. */
  notifiedOn: IsoDateSchema.optional(),
  decidedBy: UserIdSchema,
  legalBasis: z.string().min(1).max(300),
  note: NoteSchema.optional(),
};

/** Order to leave the territory (OQT/BGV, Annex 13septies) with its voluntary departure period. */
export const OrderToLeaveDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('order_to_leave'),
  departureDays: z.int().min(0),
  /** Required to justify any period below the default, including 0 days (Aliens Act Art. 74/14). */
  shortenedPeriodGrounds: z.array(ShortenedDepartureGroundSchema),
  shortenedPeriodReasoning: NoteSchema.optional(),
  /** Extension for illness or a voluntary return being organised (Art. 74/14 §2). */
  departurePeriodExtendedUntil: IsoDateSchema.optional(),
});

export const EntryBanDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('entry_ban'),
  /** Runs from actual departure (RD Art. 11(2)). */
  durationMonths: z.int().min(1),
});

export const DetentionDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('detention'),
  detentionPeriodId: UuidSchema,
  ground: DetentionGroundSchema,
  groundDescription: NoteSchema,
  /** Why less coercive measures (reporting, ICAM coaching, return home) do not suffice: RD Art. 15(1). */
  alternativesConsidered: NoteSchema,
});

export const DetentionExtensionDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('detention_extension'),
  detentionPeriodId: UuidSchema,
  ground: DetentionExtensionGroundSchema,
  extendedUntil: IsoDateSchema,
});

export const ForcedReturnDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('forced_return'),
  destinationCountry: CountryCodeSchema,
});

export const DublinTransferDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('dublin_transfer'),
  memberState: CountryCodeSchema,
  dublinRequestId: UuidSchema.optional(),
});

export const SentenceTransferDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('sentence_transfer'),
  sentenceTransferId: UuidSchema,
});

export const SuspensionDecisionSchema = z.object({
  ...decisionCommon,
  type: z.literal('suspension'),
  reason: SuspensionReasonSchema,
  endedOn: IsoDateSchema.optional(),
});

/** Every formal decision on the case, with its legal basis. */
export const DecisionSchema = z
  .discriminatedUnion('type', [
    OrderToLeaveDecisionSchema,
    EntryBanDecisionSchema,
    DetentionDecisionSchema,
    DetentionExtensionDecisionSchema,
    ForcedReturnDecisionSchema,
    DublinTransferDecisionSchema,
    SentenceTransferDecisionSchema,
    SuspensionDecisionSchema,
  ])
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionType = Decision['type'];
export type OrderToLeaveDecision = z.infer<typeof OrderToLeaveDecisionSchema>;
export type EntryBanDecision = z.infer<typeof EntryBanDecisionSchema>;
export type DetentionDecision = z.infer<typeof DetentionDecisionSchema>;
export type DetentionExtensionDecision = z.infer<typeof DetentionExtensionDecisionSchema>;
export type ForcedReturnDecision = z.infer<typeof ForcedReturnDecisionSchema>;
export type DublinTransferDecision = z.infer<typeof DublinTransferDecisionSchema>;
export type SentenceTransferDecision = z.infer<typeof SentenceTransferDecisionSchema>;
export type SuspensionDecision = z.infer<typeof SuspensionDecisionSchema>;
