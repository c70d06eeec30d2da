import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseCounts } from '../db/caseRepository';
import type { WorkspaceStore } from './workspaceStore';
import type { Actor } from '../../../shared/model/actor';

/** The store's incremental counts (total, per stage, nationality and route), live. */
export function useCaseCounts(store: WorkspaceStore, actor: Actor): CaseCounts | undefined {
  return useLiveQuery(() => store.cases.counts(actor), [store, actor.userId, actor.role]);
}
