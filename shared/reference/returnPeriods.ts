import type { z } from 'zod';
import type { LegalPeriodSchema } from './legalPeriod';

/** Periods after the return itself and around the return decision. */
export const returnPeriods = {
  /** Entry ban, from actual departure: "shall not in principle exceed five years". */
  entryBanMaximum: {
    amount: 5,
    unit: 'years',
    legalBasis: 'Directive 2008/115/EC Art. 11(2); Aliens Act Art. 74/11',
    verified: true,
    note: 'Runs from actual departure; longer only for a serious threat to public policy, public security or national security.',
  },
  /** Laissez-passer issued on readmission (Benelux practice). */
  laissezPasserValidity: {
    amount: 6,
    unit: 'months',
    legalBasis: 'Benelux–Albania implementing protocol (practice of the Dutch Repatriation and Departure Service)',
    verified: false,
  },
  /** In-kind reintegration support must be used within this period of the return. */
  reintegrationPeriod: { amount: 12, unit: 'months', legalBasis: 'Fedasil reintegration programme', verified: false, note: 'Policy, not law.' },
} as const satisfies Record<string, z.input<typeof LegalPeriodSchema>>;
