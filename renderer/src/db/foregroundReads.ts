/**
 * Reads someone is waiting for (the case list's search and pages) go before the store's long
 * background loops (the audit verification that runs soon after sign-in reads every audit
 * event and every case, 500 rows at a time). IndexedDB answers a database's requests largely
 * one after another, and the page's main thread is shared, so a search typed during the
 * verification waited behind its batches: at 100,000 cases the misspelt surname took 1.25 s
 * on screen right after sign-in and some 150 ms half a minute later, against 15 ms in the
 * store (npm run bench, fuzzyNameSearch, 2026-12-03). A background loop calls
 * `backgroundTurn()` before each batch: it waits while a foreground read runs and for a short
 * quiet spell after one, so a caseworker typing a search is never behind more than one batch.
 */

/** How long after the last foreground read a background loop waits before its next batch: the next keystroke's search usually follows within it. */
export const FOREGROUND_QUIET_MS = 300;

let running = 0;
let lastEnded = Number.NEGATIVE_INFINITY;

/** Runs a read someone waits for, holding background loops back until it (and a quiet spell after it) is over. */
export async function inForeground<T>(read: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await read();
  } finally {
    running -= 1;
    lastEnded = performance.now();
  }
}

/** Resolves once no foreground read runs and none ended within FOREGROUND_QUIET_MS: called by background loops before each batch. */
export async function backgroundTurn(): Promise<void> {
  for (;;) {
    const quietFor = performance.now() - lastEnded;
    if (running === 0 && quietFor >= FOREGROUND_QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, running > 0 ? FOREGROUND_QUIET_MS : FOREGROUND_QUIET_MS - quietFor));
  }
}
