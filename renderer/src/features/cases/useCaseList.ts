import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../../shared/model/actor';
import type { PageCursor } from '../../db/caseQuery';
import type { WorkspaceStore } from '../auth/workspaceStore';
import type { CaseListPlan } from './caseListPlan';
import type { CaseListSort } from './caseListFilters';
import { toCaseListRow, type CaseListRow } from './caseListRow';
import { loadCasePage, searchCaseList } from './caseListSource';

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

interface Loaded {
  key: string;
  rows: CaseListRow[];
  next?: PageCursor;
  complete: boolean;
  truncated: boolean;
}

/**
 * The rows of the list, a page at a time (key-based paging, never the whole table), or the
 * result of a search. A new plan, sort, search or workspace starts again from the first
 * page; an answer that arrives after the user changed them is dropped.
 */
export function useCaseList(store: WorkspaceStore, actor: Actor, plan: CaseListPlan, sort: CaseListSort, search: string): CaseListRows {
  const key = JSON.stringify([store.workspace, actor.userId, plan, sort, search]);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', rows: [], complete: false, truncated: false });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const currentKey = useRef(key);
  currentKey.current = key;
  const inFlight = useRef(false);

  const run = useCallback(
    async (requestKey: string, load: () => Promise<Omit<Loaded, 'key'>>, append: boolean) => {
      inFlight.current = true;
      setLoading(true);
      try {
        const result = await load();
        if (currentKey.current !== requestKey) return;
        setFailed(false);
        setLoaded((previous) => (append && previous.key === requestKey ? { ...result, key: requestKey, rows: [...previous.rows, ...result.rows] } : { ...result, key: requestKey }));
      } catch {
        if (currentKey.current === requestKey) setFailed(true);
      } finally {
        if (currentKey.current === requestKey) {
          inFlight.current = false;
          setLoading(false);
        }
      }
    },
    [],
  );

  useEffect(() => {
    const text = search.trim();
    void run(
      key,
      async () => {
        if (text.length > 0) {
          const found = await searchCaseList(store, actor, text, plan, sort);
          return { rows: found.rows.map(toCaseListRow), complete: true, truncated: found.truncated };
        }
        const page = await loadCasePage(store, actor, plan);
        return { rows: page.rows.map(toCaseListRow), ...(page.next ? { next: page.next } : {}), complete: !page.next, truncated: false };
      },
      false,
    );
    // `key` stands for store, actor, plan, sort and search.
  }, [key, run]);

  const loadMore = useCallback(() => {
    const after = loaded.next;
    if (!after || inFlight.current || loaded.key !== key) return;
    void run(
      key,
      async () => {
        const page = await loadCasePage(store, actor, plan, after);
        return { rows: page.rows.map(toCaseListRow), ...(page.next ? { next: page.next } : {}), complete: !page.next, truncated: false };
      },
      true,
    );
  }, [loaded, key, run, store, actor, plan]);

  const current = loaded.key === key;
  return { rows: current ? loaded.rows : [], loading: loading || !current, complete: current && loaded.complete, truncated: current && loaded.truncated, failed, loadMore };
}
