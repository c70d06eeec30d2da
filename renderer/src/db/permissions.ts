import type { Actor } from '../../../shared/model/actor';
import { roleGrants, workspaceAllowed, type Permission } from '../../../shared/model/permissions';
import { PermissionError } from './errors';
import type { Workspace } from './workspace';

export type { Permission };
export { roleGrants as hasPermission, workspaceAllowed };

/** What a refusal tells the user; who may do what is the shared role table (shared/model/permissions.ts). */
const refusals: Readonly<Record<Permission, string>> = {
  'case.read': 'Your role cannot open case files.',
  'case.open': 'Your role cannot open a new case.',
  'case.write': 'Your role cannot change case files.',
  'case.reopen': 'Only a supervisor can reopen a closed case.',
  'case.approve': 'Only a supervisor can approve a four-eyes action.',
  'case.export': 'Only a supervisor or an administrator can export case data.',
  'user.manage': 'Only an administrator can manage user accounts.',
  'backup.create': 'Only a supervisor or an administrator can make a backup.',
  'backup.createFull': 'Only an administrator can make a full backup with password hashes.',
  'backup.restore': 'Only an administrator can restore a backup.',
  'settings.write': 'Only an administrator can change settings.',
  'training.reset': 'Only a trainer or an administrator can reset the training workspace.',
  'audit.verify': 'Only a supervisor or an administrator can check the audit trail.',
};

/** Throws a PermissionError unless the actor may do this here. Call before anything is written. */
export function assertPermission(actor: Actor, permission: Permission, workspace: Workspace): void {
  if (!workspaceAllowed(actor.role, workspace)) {
    throw new PermissionError(
      permission,
      workspace === 'training' ? 'Caseworkers do not work in the training workspace.' : 'Trainers can only work in the training workspace.',
    );
  }
  if (!roleGrants(actor.role, permission)) throw new PermissionError(permission, refusals[permission]);
}
