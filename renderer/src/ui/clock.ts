/**
 * The renderer's one reading of the clock. Screens ask `now()` rather than `new Date()`,
 * so that a later training mode can move time (a case seen a month on) by setting a
 * source here, and every "today" follows (useOfficeToday listens).
 */
type ClockSource = () => Date;

const systemClock: ClockSource = () => new Date();
let source: ClockSource = systemClock;
const listeners = new Set<() => void>();

export function now(): Date {
  return source();
}

/** Replaces the clock (undefined: back to the system clock) and tells every listener. */
export function setClockSource(next: ClockSource | undefined): void {
  source = next ?? systemClock;
  for (const listener of listeners) listener();
}

/** Called when the clock source changes; returns the unsubscribe function. */
export function subscribeToClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
