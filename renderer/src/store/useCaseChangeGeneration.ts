import { useEffect, useState } from 'react';
import type { WorkspaceStore } from './workspaceStore';

/** Changes arriving closer together than this (an import, a seed) are counted once. */
const COALESCE_MS = 100;

/**
 * A number that goes up after cases of the workspace change, in this window or another
 * window or tab (the repository's change notice): the list re-reads what it shows when it
 * moves.
 */
export function useCaseChangeGeneration(store: WorkspaceStore): number {
  const [generation, setGeneration] = useState(1);
  useEffect(() => {
    let timer: number | undefined;
    const stop = store.cases.onCasesChanged(() => {
      if (timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        setGeneration((current) => current + 1);
      }, COALESCE_MS);
    });
    return () => {
      stop();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [store]);
  return generation;
}
