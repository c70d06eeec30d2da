/**
 * When a running deadline is shown as "due soon": once this share of its period has
 * elapsed (domain.md §5(d): warn at 75%). Office policy, not law.
 */
export const dueSoonElapsedShare = 0.75;

/** Statistics count deadlines "due within" this many days (domain.md §5(e)). Office policy. */
export const dueWithinDaysForStatistics = 7;

/** Where the two policy values above come from: office policy, no legal text. */
export const deadlinePolicyBasis = {
  legalBasis: 'Office policy (domain.md §5(d): warn at 75%; §5(e): timers due within 7 days)',
  verified: true,
} as const;
