/**
 * The one "due soon" policy of the office, read by the case list, the case file and the
 * statistics alike (shared/rules/deadlines/dueSoon.ts applies it): a running deadline is
 * due soon once this share of its period has elapsed (domain.md §5(d): warn at 75 %) or
 * once at most `withinDays` days remain (§5(e): timers due within 7 days), whichever
 * comes first. Office policy, not law; the settings may change the number of days.
 */
export interface DueSoonPolicy {
  /** Share of the period elapsed, 0–1. */
  elapsedShare: number;
  /** Calendar days left to the due date (the due date itself counts as 0). */
  withinDays: number;
}

export const dueSoonPolicy: DueSoonPolicy = { elapsedShare: 0.75, withinDays: 7 };

/** Statistics count deadlines "due within" the policy's days (domain.md §5(e)). */
export const dueWithinDaysForStatistics = dueSoonPolicy.withinDays;

/** Where the policy values come from: office policy, no legal text. */
export const deadlinePolicyBasis = {
  legalBasis: 'Office procedure of the Immigration Office: warn when 75 % of a period has elapsed or 7 days remain',
  verified: true,
} as const;
