import { z } from 'zod';
import { IsoDateSchema, NoteSchema, UserIdSchema, freeText, nameText, recordMetaShape } from './primitives';

/** Offence categories the rules need (the prison-lease model excludes terrorism and war crimes). */
export const OffenceCategorySchema = z.enum(['terrorism', 'war_crimes', 'violent', 'sexual', 'drugs', 'property', 'other']).meta({ id: 'OffenceCategory' });
export type OffenceCategory = z.infer<typeof OffenceCategorySchema>;

export const OffenceSchema = z
  .object({
    description: freeText(500),
    category: OffenceCategorySchema,
  })
  .meta({ id: 'Offence' });
export type Offence = z.infer<typeof OffenceSchema>;

/** A fixed-term sentence or an indeterminate one (ETS 112 Art. 3(1)(c) treats the latter apart). */
export const SentenceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('determinate'), years: z.int().min(0), months: z.int().min(0), days: z.int().min(0) }),
    z.object({ kind: z.literal('indeterminate') }),
  ])
  .meta({ id: 'Sentence' });
export type Sentence = z.infer<typeof SentenceSchema>;

/** The person's word on a transfer: consent (ETS 112 Art. 3(1)(d)). */
export const TransferConsentSchema = z
  .object({
    status: z.enum(['given', 'refused', 'not_asked']),
    recordedOn: IsoDateSchema.optional(),
    byLegalRepresentative: z.boolean(),
  })
  .meta({ id: 'TransferConsent' });
export type TransferConsent = z.infer<typeof TransferConsentSchema>;

/** The person's opinion, required on file when consent is bypassed (ETS 167 Art. 3(3); BE–AL 2010). */
export const PersonOpinionSchema = z
  .object({
    statement: NoteSchema,
    recordedOn: IsoDateSchema,
  })
  .meta({ id: 'PersonOpinion' });
export type PersonOpinion = z.infer<typeof PersonOpinionSchema>;

/** The expulsion or removal measure attached to the sentence (ETS 167 Art. 3; BE–AL 2010 needs a copy on file). */
export const ExpulsionOrderSchema = z
  .object({
    reference: z.string().min(1).max(100),
    issuedOn: IsoDateSchema,
    issuedBy: z.enum(['court', 'administration']),
    copyOnFile: z.boolean(),
  })
  .meta({ id: 'ExpulsionOrder' });
export type ExpulsionOrder = z.infer<typeof ExpulsionOrderSchema>;

/**
 * A conviction and the imprisonment it entails. Facts that may be unknown are optional:
 * an absent `judgmentFinal` means "not known yet", which the rules report as unknown,
 * never as met.
 */
export const CustodySchema = z
  .object({
    ...recordMetaShape,
    prison: nameText(200),
    court: nameText(200).optional(),
    judgmentDate: IsoDateSchema.optional(),
    judgmentFinal: z.boolean().optional(),
    offences: z.array(OffenceSchema),
    sentence: SentenceSchema.optional(),
    sentenceStart: IsoDateSchema.optional(),
    expectedEnd: IsoDateSchema.optional(),
    conditionalReleaseDate: IsoDateSchema.optional(),
    expulsionOrder: ExpulsionOrderSchema.optional(),
    /** Belgium does not apply ETS 167 Art. 3 to a person habitually resident in Belgium at the time of arrest (Belgian declaration). */
    habituallyResidentInBelgiumAtArrest: z.boolean().optional(),
    /** ETS 167 Art. 2: the sentenced person fled to their state of nationality. */
    fledToStateOfNationality: z.boolean().optional(),
    /** ETS 112 Art. 3(1)(e). */
    dualCriminality: z.boolean().optional(),
    consent: TransferConsentSchema.optional(),
    opinion: PersonOpinionSchema.optional(),
    /**
     * ETS 112 Art. 3(2): a shorter remaining sentence accepted in an exceptional case, with the
     * reason. Both states must agree: until the other state's agreement is recorded the
     * remainder condition needs review, never "eligible" on the office's note alone.
     */
    exceptionalShortRemainder: z
      .object({
        reason: NoteSchema,
        recordedBy: UserIdSchema,
        recordedOn: IsoDateSchema,
        otherStateAgreedOn: IsoDateSchema.optional(),
        otherStateReference: z.string().min(1).max(100).optional(),
      })
      .optional(),
    /** A screening for serious mental disorder (prison-capacity-abroad policy model): a negative one rules the disorder out. */
    mentalHealthScreening: z
      .object({
        outcome: z.enum(['no_serious_mental_disorder', 'serious_mental_disorder', 'inconclusive']),
        screenedOn: IsoDateSchema,
        screenedBy: z.string().min(1).max(200),
        note: NoteSchema.optional(),
      })
      .optional(),
    releasedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'Custody' });
export type Custody = z.infer<typeof CustodySchema>;
