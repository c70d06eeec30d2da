import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../../shared/model/actor';
import type { CaseQuery } from '../../db/caseQuery';
import type { WorkspaceStore } from '../../store/workspaceStore';
import type { CaseListRow } from './caseListRow';
import { toCaseListRow } from './caseListRow';
import { loadCaseRows, searchCaseList } from './caseListSource';
import { appendPage, emptyWindow, mergeStretch, staleStretch, stretchBounds, type LoadedWindow, type VisibleRange } from './caseListWindow';
import { useCaseChangeGeneration } from '../../store/useCaseChangeGeneration';

export interface CaseListRows {
  rows: CaseListRow[];
  loading: boolean;
  /** Every matching case is loaded (or the search result is whole). */
  complete: boolean;
  /** The search found more cases than it shows. */
  truncated: boolean;
  failed: boolean;
  loadMore: () => void;
}

interface Loaded extends LoadedWindow {
  key: string;
  truncated: boolean;
  /** The change generation a search result was read at. */
  generation: number;
}

/**
 * The rows of the list, a page at a time (key-based paging, never the whole table), or the
 * result of a search. A new query, search or workspace starts again from the first page; an
 * answer that arrives after the user changed them is dropped.
 *
 * Live: when cases change (here or in another window), only the stretch around the visible
 * rows is read again and put in place, so the scroll position and the focused row stay;
 * rows further away are re-read when they come into view.
 */
export function useCaseList(store: WorkspaceStore, actor: Actor, query: CaseQuery, search: string, visible: VisibleRange): CaseListRows {
  const text = search.trim();
  const key = JSON.stringify([store.workspace, actor.userId, query, text]);
  const generation = useCaseChangeGeneration(store);
  const [loaded, setLoaded] = useState<Loaded>({ ...emptyWindow, key: '', truncated: false, generation: 0 });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const currentKey = useRef(key);
  currentKey.current = key;
  const inFlight = useRef(false);
  const generationRef = useRef(generation);
  generationRef.current = generation;

  const run = useCallback(async (requestKey: string, read: (readAt: number) => Promise<(previous: Loaded) => Loaded>) => {
    inFlight.current = true;
    setLoading(true);
    try {
      const update = await read(generationRef.current);
      if (currentKey.current !== requestKey) return;
      setFailed(false);
      setLoaded((previous) => update(previous.key === requestKey ? previous : { ...emptyWindow, key: requestKey, truncated: false, generation: 0 }));
    } catch {
      if (currentKey.current === requestKey) setFailed(true);
    } finally {
      if (currentKey.current === requestKey) {
        inFlight.current = false;
        setLoading(false);
      }
    }
  }, []);

  const searchNow = useCallback(
    (requestKey: string) =>
      run(requestKey, async (readAt) => {
        const found = await searchCaseList(store, actor, text, query);
        const rows = found.rows.map((row) => toCaseListRow(row, found.matches[row.id]));
        return () => ({
          ...emptyWindow,
          key: requestKey,
          rows,
          cursors: [],
          generations: rows.map(() => readAt),
          complete: true,
          endGeneration: readAt,
          truncated: found.truncated,
          generation: readAt,
        });
      }),
    [run, store, actor, text, query],
  );

  // A new list: the first page, or the search. The caller keeps store, actor and query the
  // same objects while their content is the same (the store per workspace, the actor and the
  // query memoized), so this runs once per list, as `key` changes.
  useEffect(() => {
    if (text.length > 0) {
      void searchNow(key);
      return;
    }
    void run(key, async (readAt) => {
      const page = await loadCaseRows(store, actor, query);
      return () => ({ ...appendPage(emptyWindow, page, readAt), key, truncated: false, generation: readAt });
    });
  }, [key, run, searchNow, store, actor, query, text]);

  // Live: re-read what is in view once it is older than the last change.
  const current = loaded.key === key;
  useEffect(() => {
    if (!current || inFlight.current || loading) return;
    if (text.length > 0) {
      if (loaded.generation < generation) void searchNow(key);
      return;
    }
    const stretch = staleStretch(loaded, visible, generation);
    if (!stretch) return;
    void run(key, async (readAt) => {
      const read = await loadCaseRows(store, actor, query, stretchBounds(loaded, stretch));
      return (previous) => ({ ...mergeStretch(previous, stretch, read, readAt), key, truncated: false, generation: readAt });
    });
  }, [current, loaded, loading, generation, visible, text, key, run, searchNow, store, actor, query]);

  const loadMore = useCallback(() => {
    const after = loaded.next;
    if (!after || inFlight.current || loaded.key !== key) return;
    void run(key, async (readAt) => {
      const page = await loadCaseRows(store, actor, query, { after });
      return (previous) => ({ ...appendPage(previous, page, readAt), key, truncated: false, generation: readAt });
    });
  }, [loaded, key, run, store, actor, query]);

  return {
    rows: current ? loaded.rows : [],
    loading: loading || !current,
    complete: current && loaded.complete,
    truncated: current && loaded.truncated,
    failed,
    loadMore,
  };
}
