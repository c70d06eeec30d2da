import type { z } from 'zod';
import type { LegalPeriodSchema } from './legalPeriod';

/**
 * FD 2008/909/JHA time limits. Case law treats them as indicative: the app warns but
 * never blocks on them (domain.md §0 [V6]).
 */
export const fd2008909Deadlines = {
  recognitionDecision: {
    amount: 90,
    unit: 'calendar_days',
    legalBasis: 'FD 2008/909/JHA Art. 12(2)',
    verified: true,
    note: 'Indicative: from receipt of the judgment and certificate.',
  },
  transferAfterFinalDecision: {
    amount: 30,
    unit: 'calendar_days',
    legalBasis: 'FD 2008/909/JHA Art. 15(1)',
    verified: true,
    note: 'Indicative: from the final decision on recognition.',
  },
  transferAfterNewDate: {
    amount: 10,
    unit: 'calendar_days',
    legalBasis: 'FD 2008/909/JHA Art. 15(2)',
    verified: true,
    note: 'Indicative: after a new date agreed when unforeseen circumstances prevented the transfer.',
  },
} as const satisfies Record<string, z.input<typeof LegalPeriodSchema>>;

/** Whether a missed FD 2008/909 deadline blocks the case: no, it warns (indicative in case law). */
export const fd2008909DeadlinesIndicative = true;
