import { useMemo } from 'react';
import type { Actor } from '../../../../shared/model/actor';
import type { Workspace } from '../../db/workspace';
import { useSessionStore } from '../../stores/sessionStore';

/** The signed-in actor and workspace; the auth gate guarantees someone is signed in on these screens. */
export function useSignedInActor(): { actor: Actor | undefined; workspace: Workspace } {
  const user = useSessionStore((state) => state.user);
  const workspace = useSessionStore((state) => state.workspace);
  const actor = useMemo(() => (user ? { userId: user.userId, displayName: user.displayName, role: user.role } : undefined), [user]);
  return { actor, workspace };
}
