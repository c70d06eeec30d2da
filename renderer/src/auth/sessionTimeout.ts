/**
 * The idle lock as pure logic: a session locks after a period without user activity
 * (issue 4: 15 minutes), so an unattended screen does not expose case files. Times are
 * milliseconds since the epoch, passed in, so tests need no timers.
 */
export const DEFAULT_IDLE_LIMIT_MS = 15 * 60 * 1000;

export interface IdleState {
  lastActivityAt: number;
  idleLimitMs: number;
  locked: boolean;
}

export function startIdleState(now: number, idleLimitMs = DEFAULT_IDLE_LIMIT_MS): IdleState {
  return { lastActivityAt: now, idleLimitMs, locked: false };
}

/** Activity extends an unlocked session; it never unlocks a locked one (that needs the password). */
export function recordActivity(state: IdleState, now: number): IdleState {
  if (state.locked || isIdleExpired(state, now)) return { ...state, locked: true };
  return { ...state, lastActivityAt: Math.max(state.lastActivityAt, now) };
}

export function isIdleExpired(state: IdleState, now: number): boolean {
  return now - state.lastActivityAt >= state.idleLimitMs;
}

/** The state as of `now`: locked once the idle limit has passed. */
export function idleStateAt(state: IdleState, now: number): IdleState {
  return !state.locked && isIdleExpired(state, now) ? { ...state, locked: true } : state;
}

/** Milliseconds until the session locks (0 when already locked). */
export function msUntilLock(state: IdleState, now: number): number {
  return state.locked ? 0 : Math.max(0, state.lastActivityAt + state.idleLimitMs - now);
}
