/** The idle time after which a session locks, unless settings say otherwise (issue 4: 15 minutes). */
export const DEFAULT_IDLE_MINUTES = 15;

/** How often the idle timer looks at the clock: a lock comes at most this late. */
export const IDLE_CHECK_INTERVAL_MS = 5_000;

/** True once nobody has touched the keyboard or mouse for `idleMinutes`. */
export function isIdle(lastActivityAt: number, now: number, idleMinutes: number): boolean {
  return now - lastActivityAt >= idleMinutes * 60_000;
}
