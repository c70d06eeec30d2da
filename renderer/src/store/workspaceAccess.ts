import type { Role } from '../../../../shared/model/actor';
import { workspaceAllowed } from '../../db/permissions';
import type { Workspace } from '../../db/workspace';

/** The workspace a sign-in opens: the one asked for, unless the role may not enter it (trainers: training only). */
export function workspaceForRole(role: Role, requested: Workspace): Workspace {
  return workspaceAllowed(role, requested) ? requested : 'training';
}

/** The workspaces a role may switch between once signed in. */
export function workspacesOf(role: Role): Workspace[] {
  return (['production', 'training'] as const).filter((workspace) => workspaceAllowed(role, workspace));
}
