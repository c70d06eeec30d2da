import type { Actor, Role } from '../../../shared/model/actor';
import { PermissionError } from './errors';
import type { Workspace } from './workspace';

/** What a repository call may need the actor to be allowed. */
export type Permission =
  | 'case.read'
  | 'case.write'
  | 'case.approve'
  | 'case.export'
  | 'user.manage'
  | 'backup.create'
  | 'backup.createFull'
  | 'backup.restore'
  | 'settings.write'
  | 'training.reset'
  | 'audit.verify';

/**
 * The role matrix. Caseworkers work cases but cannot approve, export or manage users;
 * supervisors approve four-eyes actions and export; administrators manage accounts,
 * settings and backups; trainers may do anything a supervisor may, but only in the
 * training workspace (see `workspaceAllowed`).
 */
const grants: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  caseworker: new Set<Permission>(['case.read', 'case.write']),
  supervisor: new Set<Permission>(['case.read', 'case.write', 'case.approve', 'case.export', 'backup.create', 'audit.verify']),
  trainer: new Set<Permission>(['case.read', 'case.write', 'case.approve', 'case.export', 'training.reset', 'audit.verify']),
  administrator: new Set<Permission>(['case.read', 'case.export', 'user.manage', 'backup.create', 'backup.createFull', 'backup.restore', 'settings.write', 'training.reset', 'audit.verify']),
};

const refusals: Readonly<Record<Permission, string>> = {
  'case.read': 'Your role cannot open case files.',
  'case.write': 'Your role cannot change case files.',
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

export function hasPermission(role: Role, permission: Permission): boolean {
  return grants[role].has(permission);
}

/** Trainers work on demo data only: the production workspace is closed to them. */
export function workspaceAllowed(role: Role, workspace: Workspace): boolean {
  return !(role === 'trainer' && workspace === 'production');
}

/** Throws a PermissionError unless the actor may do this here. Call before anything is written. */
export function assertPermission(actor: Actor, permission: Permission, workspace: Workspace): void {
  if (!workspaceAllowed(actor.role, workspace)) {
    throw new PermissionError(permission, 'Trainers can only work in the training workspace.');
  }
  if (!hasPermission(actor.role, permission)) throw new PermissionError(permission, refusals[permission]);
}
