import { useMemo } from 'react';
import type { Actor } from '../../../shared/model/actor';
import type { Workspace } from '../db/workspace';
import { useSessionStore } from '../stores/sessionStore';
import { actorOf } from './signedInUser';

export interface CaseworkSession {
  actor: Actor | undefined;
  workspace: Workspace;
}

/** Who acts, and in which workspace: the one signed-in actor hook (the auth gate guarantees a user once the app shows). */
export function useCaseworkSession(): CaseworkSession {
  const user = useSessionStore((state) => state.user);
  const workspace = useSessionStore((state) => state.workspace);
  return useMemo(() => ({ actor: user ? actorOf(user) : undefined, workspace }), [user, workspace]);
}
