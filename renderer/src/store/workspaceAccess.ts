import type { Role } from '../../../shared/model/actor';
import { workspaces, type Workspace } from '../../../shared/model/permissions';
import { workspaceAllowed } from '../../../shared/model/permissions';

/** The workspace a sign-in opens: the one asked for, unless the role may not enter it (trainers: training only; caseworkers: production only). */
export function workspaceForRole(role: Role, requested: Workspace): Workspace {
  if (workspaceAllowed(role, requested)) return requested;
  return requested === 'training' ? 'production' : 'training';
}

/** The workspaces a role may switch between once signed in. */
export function workspacesOf(role: Role): Workspace[] {
  return workspaces.filter((workspace) => workspaceAllowed(role, workspace));
}
