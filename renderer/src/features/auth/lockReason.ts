/**
 * Why the session was locked, so that the lock screen can say it: the idle timer, or the user's
 * own "Lock now". Kept in this window only; a lock that comes from elsewhere (a reload, another
 * window) has no reason here and the screen says only that the session is locked.
 */
export type LockReason = 'idle' | 'manual';

let reason: LockReason | undefined;

export function noteLockReason(next: LockReason): void {
  reason = next;
}

export function lockReason(): LockReason | undefined {
  return reason;
}

/** Forgotten on unlock: the next lock gives its own. */
export function clearLockReason(): void {
  reason = undefined;
}
