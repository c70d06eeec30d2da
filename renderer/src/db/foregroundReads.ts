/**
 * Who goes first when the store is read in bulk by two at once. A foreground read is one a
 * user started and waits for (an export reads every case of the workspace in its worker);
 * background work of the store (the audit verification the app starts after sign-in, which
 * reads every audit event and every case of the same database) gives way to it: between two
 * of its batches it awaits `backgroundTurn()`, which waits while any foreground read holds a
 * lease and resumes once the last one has ended. Measured with `npm run bench` (exports at
 * 100,000 cases): the verification running beside the export cost the CSV export about 2 of
 * its 12 s, and its batches were the page's longest tasks during the export.
 *
 * The leases live in the page (the worker's reading is leased by the page that started it), so
 * a background loop of this page sees them at once; nothing is stored.
 */
export interface ForegroundRead {
  /** Ends the lease (idempotent): background work resumes when no other lease is held. */
  release(): void;
}

let held = 0;
let waiting: (() => void)[] = [];

/** Takes a lease for the duration of a foreground read; release it when the read ends, fails or is cancelled. */
export function beginForegroundRead(): ForegroundRead {
  held += 1;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      held -= 1;
      if (held > 0) return;
      const resumed = waiting;
      waiting = [];
      for (const resume of resumed) resume();
    },
  };
}

/** True while a foreground read holds a lease. */
export function foregroundReadRunning(): boolean {
  return held > 0;
}

/** Resolves at once when no foreground read runs, else when the last one has ended: background loops await it between batches. */
export function backgroundTurn(): Promise<void> {
  if (held === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
