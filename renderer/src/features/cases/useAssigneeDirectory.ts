import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Role } from '../../../../shared/model/actor';
import { workspaceStore } from '../auth/workspaceStore';

export interface Assignee {
  id: string;
  displayName: string;
  role: Role;
}

/**
 * The people cases can be assigned to, by id, for the assignee column and filter. Read
 * straight from the account table (display names only, never hashes) because the user
 * repository lists accounts to administrators only; a directory method there would replace this.
 */
export function useAssigneeDirectory(): Map<string, Assignee> {
  const accounts = useLiveQuery(async () => {
    const users = await workspaceStore('production').db.users.toArray();
    return users.map((user): Assignee => ({ id: user.id, displayName: user.displayName, role: user.role }));
  }, []);
  return useMemo(() => new Map((accounts ?? []).map((account) => [account.id, account])), [accounts]);
}
