import type { LegalPeriod } from '../../reference';

/**
 * The workflow counts legal periods with the rules' calendar arithmetic (shared/rules/deadlines),
 * so a guard and the deadline shown on screen always agree.
 */
export { addCalendarDays, brusselsDate, daysBetween, endOfPeriod as periodEnd } from '../../rules/deadlines';

/** Describes a period for a message: "14 calendar days", "5 months". */
export function describePeriod(period: Pick<LegalPeriod, 'amount' | 'unit'>): string {
  const unit = period.unit.replace('_', ' ');
  return `${period.amount} ${period.amount === 1 ? unit.replace(/s$/, '') : unit}`;
}
