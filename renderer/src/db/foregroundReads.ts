/**
 * Who goes first when the store is read by two at once. A foreground read is one a user
 * started and waits for: the case list's pages and searches, an export reading every case of
 * the workspace in its worker. The store's long background loop (the audit verification the
 * app starts after sign-in, which reads every audit event and every case of the same
 * database) gives way to them: before each of its batches it awaits `backgroundTurn()`, which
 * waits while any foreground read runs and for a short quiet spell after the last one.
 *
 * Why (npm run bench, 100,000 cases): IndexedDB answers a database's requests largely one
 * after another and the page's main thread is shared, so a search typed during the
 * verification waited behind its batches (a misspelt surname took 1.25 s on screen right
 * after sign-in, 15 ms in the store), and the verification beside the CSV export cost it
 * about 2 of its 12 s, its batches being the page's longest tasks during the export.
 *
 * The leases live in the page (a worker's reading is leased by the page that started it), so
 * a background loop of this page sees them at once; nothing is stored.
 */

/** How long after the last foreground read a background loop waits before its next batch: the next keystroke's search usually follows within it. */
export const FOREGROUND_QUIET_MS = 300;

export interface ForegroundRead {
  /** Ends the lease (idempotent): background work resumes when no other lease is held and the quiet spell has passed. */
  release(): void;
}

let held = 0;
let lastEnded = Number.NEGATIVE_INFINITY;

/** Takes a lease for the duration of a foreground read; release it when the read ends, fails or is cancelled. */
export function beginForegroundRead(): ForegroundRead {
  held += 1;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      held -= 1;
      lastEnded = performance.now();
    },
  };
}

/** Runs a read someone waits for under a lease. */
export async function inForeground<T>(read: () => Promise<T>): Promise<T> {
  const lease = beginForegroundRead();
  try {
    return await read();
  } finally {
    lease.release();
  }
}

/** True while a foreground read holds a lease. */
export function foregroundReadRunning(): boolean {
  return held > 0;
}

/** Resolves once no foreground read runs and none ended within FOREGROUND_QUIET_MS: background loops await it before each batch. */
export async function backgroundTurn(): Promise<void> {
  for (;;) {
    const quietFor = performance.now() - lastEnded;
    if (held === 0 && quietFor >= FOREGROUND_QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, held > 0 ? FOREGROUND_QUIET_MS : FOREGROUND_QUIET_MS - quietFor));
  }
}
