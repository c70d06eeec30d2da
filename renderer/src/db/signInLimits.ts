import { SignInLimitError } from './errors';

/**
 * Limits on guessing a password: after a few wrong passwords each further attempt waits
 * longer (the wait doubles), and after `LOCKOUT_AFTER` wrong passwords in a row the
 * account is locked until an administrator unlocks it. Counted per account in the
 * database, so another window or a reload does not reset the count.
 */
export interface SignInAttemptRow {
  userId: string;
  /** Wrong passwords since the last successful sign-in or unlock by an administrator. */
  failures: number;
  lastFailureAt: string;
  lockedOut: boolean;
}

export const LOCKOUT_AFTER = 10;
/** Wrong passwords allowed without a wait (typing mistakes). */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;

/** How long after the last wrong password the next attempt must wait. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** Throws when this account may not try a password now; called before the password is checked. */
export function assertSignInAllowed(row: SignInAttemptRow | undefined, now: Date): void {
  if (!row) return;
  if (row.lockedOut) throw new SignInLimitError('lockedOut');
  const wait = Date.parse(row.lastFailureAt) + delayAfter(row.failures) - now.getTime();
  if (wait > 0) throw new SignInLimitError('wait', wait);
}

/** The row after one more wrong password. */
export function afterFailure(row: SignInAttemptRow | undefined, userId: string, now: Date): SignInAttemptRow {
  const failures = (row?.failures ?? 0) + 1;
  return { userId, failures, lastFailureAt: now.toISOString(), lockedOut: failures >= LOCKOUT_AFTER };
}
