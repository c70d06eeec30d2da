import { startTransition, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../shared/model/actor';
import type { CaseRow } from '../db/caseRow';
import type { WorkspaceStore } from './workspaceStore';

/** What a scan of the store makes of the cases, chunk by chunk (a dashboard accumulator, a figure's matching rows). */
export interface CaseScan<Result> {
  add(rows: readonly CaseRow[]): void;
  result(): Result;
}

export interface CaseScanState<Result> {
  /** The scan's result once every case has been read. */
  result: Result | undefined;
  /** Cases read so far. */
  read: number;
  /** The workspace's number of cases (the counts table), for a progress bar; undefined until known. */
  total: number | undefined;
  done: boolean;
  failed: boolean;
}

const idle = { result: undefined, read: 0, total: undefined, done: false, failed: false };

/**
 * Reads every case of the workspace through the repository in key-ordered chunks and hands
 * each chunk to a new scan (`makeScan`), giving the main thread back between chunks so the
 * page stays responsive and shows the progress. A new `key` (another period, filter or
 * workspace) aborts the scan in progress and starts again; `makeScan` undefined scans nothing.
 */
export function useCaseScan<Result>(store: WorkspaceStore, actor: Actor, key: string, makeScan: (() => CaseScan<Result>) | undefined): CaseScanState<Result> {
  const [state, setState] = useState<CaseScanState<Result> & { key: string }>({ ...idle, key: '' });
  // `makeScan` is a new function on every render; `key` says when the scan is another one.
  const makeScanRef = useRef(makeScan);
  makeScanRef.current = makeScan;
  const enabled = makeScan !== undefined;
  useEffect(() => {
    const make = makeScanRef.current;
    if (!enabled || !make) return;
    const controller = new AbortController();
    const scan = make();
    setState({ ...idle, key });
    const run = async () => {
      const counts = await store.cases.counts(actor);
      if (controller.signal.aborted) return;
      setState((current) => ({ ...current, total: counts.total }));
      let read = 0;
      await store.cases.streamCases(
        actor,
        {},
        async (rows) => {
          await addInSlices(scan, rows, controller.signal);
          read += rows.length;
          const soFar = read;
          setState((current) => ({ ...current, read: soFar }));
          await nextTask();
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const result = scan.result();
      // The figures' tables and charts are a large render (0.6–0.8 s at once on a loaded 2-core
      // machine): as a transition React renders them in slices and keeps the main thread free.
      startTransition(() => setState((current) => ({ ...current, result, read, done: true })));
    };
    run().catch(() => {
      if (!controller.signal.aborted) setState((current) => ({ ...current, failed: true }));
    });
    return () => controller.abort();
  }, [store, actor, key, enabled]);
  return state.key === key ? state : idle;
}

/** How long a scan works before it gives the main thread back (ms): well under the 50 ms that make a long task. */
const SLICE_MS = 25;
/** Cases handed to the scan at a time within a slice. */
const CASES_PER_ADD = 10;

/**
 * Hands a chunk to the scan a few cases at a time, yielding whenever a slice has taken
 * SLICE_MS: the rules behind a dashboard cost about a millisecond a case on a loaded 2-core
 * machine, so a whole chunk of 250 at once held the main thread for 0.6–1.2 s
 * (npm run bench, reports-dashboard-computed), and an export started from the Reports page
 * waited behind it.
 */
async function addInSlices<Result>(scan: CaseScan<Result>, rows: readonly CaseRow[], signal: AbortSignal): Promise<void> {
  let sliceStarted = performance.now();
  for (let start = 0; start < rows.length; start += CASES_PER_ADD) {
    if (performance.now() - sliceStarted > SLICE_MS) {
      await nextTask();
      signal.throwIfAborted();
      sliceStarted = performance.now();
    }
    scan.add(rows.slice(start, start + CASES_PER_ADD));
  }
}

/** Yields to the event loop (input, painting) between two chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
