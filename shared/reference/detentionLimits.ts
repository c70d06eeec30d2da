import { z } from 'zod';
import { LegalPeriodSchema } from './legalPeriod';

/** Kinds of administrative detention with different Belgian limits (domain.md §0 [V7]). */
export const DetentionLimitTypeSchema = z.enum(['return', 'asylum_territory', 'asylum_border', 'dublin']);
export type DetentionLimitType = z.infer<typeof DetentionLimitTypeSchema>;

/**
 * One step of a detention title: the period runs until `cumulative` from the start of the
 * title, and going past it needs the decision named in `extensionBy`.
 */
export const DetentionStepSchema = z.object({
  id: z.enum(['initial', 'first_extension', 'ministerial_extension', 'public_order_extension', 'maximum']),
  /** Total length of the title at the end of this step, counted from its start. */
  cumulative: LegalPeriodSchema,
  extensionBy: z.enum(['initial_decision', 'immigration_office', 'minister', 'none']),
});
export type DetentionStep = z.infer<typeof DetentionStepSchema>;

export const DetentionLimitSchema = z.object({
  type: DetentionLimitTypeSchema,
  steps: z.array(DetentionStepSchema).min(1),
  /** Hard stop without a public-order ground: release at this point. */
  maximum: LegalPeriodSchema,
  /** Hard stop with a public-order or national-security ground, if the type allows one. */
  publicOrderMaximum: LegalPeriodSchema.nullable(),
  /** A public-order extension is granted one month at a time. */
  publicOrderStep: LegalPeriodSchema.nullable(),
  /** Refusal to board starts a new title (Belgian practice accepted in Kabongo v Belgium). */
  restartsOnRefusalToBoard: z.boolean(),
});
export type DetentionLimit = z.infer<typeof DetentionLimitSchema>;

const returnBasis = 'Aliens Act (Law of 15 December 1980) Art. 7, 3rd–5th paragraphs; Art. 27, 29';

export const returnDetentionLimit: DetentionLimit = {
  type: 'return',
  steps: [
    { id: 'initial', cumulative: { amount: 2, unit: 'months', legalBasis: returnBasis, verified: true }, extensionBy: 'initial_decision' },
    {
      id: 'first_extension',
      cumulative: {
        amount: 4,
        unit: 'months',
        legalBasis: returnBasis,
        verified: true,
        note: '+2 months by the Immigration Office, if removal steps were taken within 7 working days and are pursued diligently.',
      },
      extensionBy: 'immigration_office',
    },
    {
      id: 'ministerial_extension',
      cumulative: { amount: 5, unit: 'months', legalBasis: returnBasis, verified: true, note: '+1 month by the Minister; release after 5 months.' },
      extensionBy: 'minister',
    },
  ],
  maximum: { amount: 5, unit: 'months', legalBasis: returnBasis, verified: true, note: 'Release after 5 months without a public-order ground.' },
  publicOrderMaximum: {
    amount: 8,
    unit: 'months',
    legalBasis: returnBasis,
    verified: true,
    note: 'Public order or national security: +1 month at a time, up to 8 months.',
  },
  publicOrderStep: { amount: 1, unit: 'months', legalBasis: returnBasis, verified: true },
  restartsOnRefusalToBoard: true,
};

export const asylumTerritoryDetentionLimit: DetentionLimit = {
  type: 'asylum_territory',
  steps: [{ id: 'maximum', cumulative: { amount: 6, unit: 'months', legalBasis: 'Aliens Act Art. 74/6', verified: true }, extensionBy: 'none' }],
  maximum: { amount: 6, unit: 'months', legalBasis: 'Aliens Act Art. 74/6', verified: true },
  publicOrderMaximum: null,
  publicOrderStep: null,
  restartsOnRefusalToBoard: false,
};

export const asylumBorderDetentionLimit: DetentionLimit = {
  type: 'asylum_border',
  steps: [{ id: 'maximum', cumulative: { amount: 5, unit: 'months', legalBasis: 'Aliens Act Art. 74/5', verified: true }, extensionBy: 'none' }],
  maximum: { amount: 5, unit: 'months', legalBasis: 'Aliens Act Art. 74/5', verified: true },
  publicOrderMaximum: { amount: 8, unit: 'months', legalBasis: 'Aliens Act Art. 74/5', verified: true },
  publicOrderStep: { amount: 1, unit: 'months', legalBasis: 'Aliens Act Art. 74/5', verified: false, note: 'Step length assumed as for return detention.' },
  restartsOnRefusalToBoard: false,
};

export const dublinDetentionLimit: DetentionLimit = {
  type: 'dublin',
  steps: [
    {
      id: 'maximum',
      cumulative: { amount: 6, unit: 'weeks', legalBasis: 'Aliens Act Art. 51/5/1; Dublin III Art. 28(3)', verified: true },
      extensionBy: 'none',
    },
  ],
  maximum: { amount: 6, unit: 'weeks', legalBasis: 'Aliens Act Art. 51/5/1; Dublin III Art. 28(3)', verified: true },
  publicOrderMaximum: null,
  publicOrderStep: null,
  restartsOnRefusalToBoard: false,
};

export const detentionLimits: Readonly<Record<DetentionLimitType, DetentionLimit>> = {
  return: returnDetentionLimit,
  asylum_territory: asylumTerritoryDetentionLimit,
  asylum_border: asylumBorderDetentionLimit,
  dublin: dublinDetentionLimit,
};

/**
 * Return Directive ceiling: 6 months, extendable by at most 12 for non-cooperation or
 * document delays. Cumulative for the same return decision in one Member State, gaps
 * included; a Belgian restart after refusal to board never resets it (CJEU Kadzoev
 * C-357/09; Aroja 2026 as reported).
 */
export const returnDirectiveDetentionCeiling = {
  base: { amount: 6, unit: 'months', legalBasis: 'Directive 2008/115/EC Art. 15(5)', verified: true },
  extended: {
    amount: 18,
    unit: 'months',
    legalBasis: 'Directive 2008/115/EC Art. 15(6); CJEU C-357/09 Kadzoev',
    verified: true,
    note: 'Cumulative for the same return decision, gaps included.',
  },
} as const satisfies Record<string, z.input<typeof LegalPeriodSchema>>;

/** Families with minor children may not be held in closed centres (2024 proactive-return law). */
export const familiesWithMinorsNotDetained = {
  value: true,
  legalBasis: 'Aliens Act Art. 74/9 as amended by the Law of 2024 on proactive return',
  verified: false,
  note: 'The ban is confirmed by AIDA Belgium; the exact article number is to confirm.',
} as const;
