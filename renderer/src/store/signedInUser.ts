import type { Actor } from '../../../shared/model/actor';
import type { Workspace } from '../db/workspace';

/** Who is signed in on this window, and in which workspace. */
export interface SignedInUser extends Actor {
  username: string;
}

export interface Session {
  user: SignedInUser;
  workspace: Workspace;
}

/** The actor of audit events and permission checks: the user without the sign-in name. */
export function actorOf(user: SignedInUser): Actor {
  return { userId: user.userId, displayName: user.displayName, role: user.role };
}
