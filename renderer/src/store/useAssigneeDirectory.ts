import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Actor, Role } from '../../../shared/model/actor';
import { accountDirectory } from './workspaceStore';

export interface Assignee {
  id: string;
  displayName: string;
  role: Role;
}

/**
 * The people cases can be assigned to, by id, for the assignee column and filter: the
 * user repository's directory (display names and roles only, never sign-in names or hashes),
 * live, so a renamed or new account shows without reload.
 */
export function useAssigneeDirectory(actor: Actor): Map<string, Assignee> {
  const accounts = useLiveQuery(async () => {
    const entries = await accountDirectory().directory(actor);
    return entries.map((entry): Assignee => ({ id: entry.id, displayName: entry.displayName, role: entry.role }));
  }, [actor.userId, actor.role]);
  return useMemo(() => new Map((accounts ?? []).map((account) => [account.id, account])), [accounts]);
}
