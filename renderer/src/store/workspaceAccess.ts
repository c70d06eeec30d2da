import type { Role } from '../../../shared/model/actor';
import { workspaceAllowed, workspaces, type Workspace } from '../../../shared/model/permissions';

/** The workspace a sign-in opens: the one asked for, unless the role may not enter it (trainers: training only). */
export function workspaceForRole(role: Role, requested: Workspace): Workspace {
  return workspaceAllowed(role, requested) ? requested : 'training';
}

/** The workspaces a role may switch between once signed in. */
export function workspacesOf(role: Role): Workspace[] {
  return workspaces.filter((workspace) => workspaceAllowed(role, workspace));
}
