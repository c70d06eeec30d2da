import type { z } from 'zod';
import type { LegalPeriod, LegalPeriodSchema } from './legalPeriod';

const basis = 'Aliens Act Art. 74/14 §1 and §3; Directive 2008/115/EC Art. 7';

/**
 * Voluntary departure periods (domain.md §0 [V7]). Any period below the default must be
 * reasoned; 0 days or fewer than 7 only on the Art. 74/14 §3 / RD Art. 7(4) grounds.
 */
export const voluntaryDeparture = {
  /** From notification of the order to leave. */
  defaultPeriod: {
    amount: 30,
    unit: 'calendar_days',
    legalBasis: 'Aliens Act Art. 74/14 §1',
    verified: true,
    note: 'From notification of the order to leave the territory.',
  },
  maximumPeriod: { amount: 30, unit: 'calendar_days', legalBasis: basis, verified: true },
  /** People not authorised to stay over 3 months: more than 7 and fewer than 30 days. */
  shortStayMinimumExclusive: {
    amount: 7,
    unit: 'calendar_days',
    legalBasis: 'Aliens Act Art. 74/14 §1',
    verified: true,
    note: 'More than 7 days for people not authorised to stay over 3 months.',
  },
  shortStayMaximumExclusive: {
    amount: 30,
    unit: 'calendar_days',
    legalBasis: 'Aliens Act Art. 74/14 §1',
    verified: true,
    note: 'Fewer than 30 days for people not authorised to stay over 3 months.',
  },
  /** Below this only on a ground of Art. 74/14 §3 (absconding, breached measure, public order, national security, fraud). */
  shortenedBelow: { amount: 7, unit: 'calendar_days', legalBasis: 'Aliens Act Art. 74/14 §3; Directive 2008/115/EC Art. 7(4)', verified: true },
} as const satisfies Record<string, z.input<typeof LegalPeriodSchema>>;

export const voluntaryDepartureDefault: LegalPeriod = voluntaryDeparture.defaultPeriod;

/**
 * Residence situations (ResidencyStatus kinds of shared/model) of a person not authorised to
 * stay over three months (Aliens Act Art. 74/14 §1: a rejected asylum seeker, an expired
 * short stay): their period is more than 7 and fewer than 30 days. Any other situation
 * has 30 days in principle.
 */
export const notAuthorisedOverThreeMonths = {
  statuses: ['asylum_rejected', 'asylum_pending', 'short_stay_expired'] as const,
  legalBasis: 'Aliens Act Art. 74/14 §1',
  verified: true,
};
