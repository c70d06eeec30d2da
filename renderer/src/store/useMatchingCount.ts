import { useLiveQuery } from 'dexie-react-hooks';
import type { Actor } from '../../../shared/model/actor';
import type { CaseFilter, CaseMatchCount } from '../db/caseQuery';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The repository's bounded count for filter combinations the incremental counts do not
 * hold; asked once per filter change (and again when cases change), never per keystroke.
 */
export function useMatchingCount(store: WorkspaceStore, actor: Actor, filter: CaseFilter, wanted: boolean): CaseMatchCount | undefined {
  const filterKey = JSON.stringify(filter);
  return useLiveQuery(async () => (wanted ? store.cases.countMatching(actor, filter) : undefined), [store, actor.userId, actor.role, filterKey, wanted]);
}
