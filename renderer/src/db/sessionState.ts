/**
 * The lock state of an account's session, kept in the store (not in sessionStorage, which
 * anyone with the browser's developer tools can edit): a reload finds the screen still
 * locked, and wrong unlock passwords are counted across reloads.
 */
export interface SessionStateRow {
  userId: string;
  locked: boolean;
  /** Wrong passwords typed on the lock screen since it locked. */
  failedUnlocks: number;
  changedAt: string;
}

/** Wrong unlock passwords after which the user is signed out (and must sign in again, where the sign-in limits apply). */
export const MAX_FAILED_UNLOCKS = 5;
