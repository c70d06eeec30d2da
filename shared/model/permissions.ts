import { RoleSchema, type Role } from './actor';

/**
 * Production and training data live in two separate databases, so wiping and reseeding the
 * training workspace can never touch a real case.
 */
export type Workspace = 'production' | 'training';

export const workspaces: readonly Workspace[] = ['production', 'training'];

/** Everything a role may be allowed: the store checks these before it reads or writes. */
export const permissionNames = [
  'case.read',
  'case.open',
  'case.write',
  'case.reopen',
  'case.approve',
  'case.export',
  'user.manage',
  'backup.create',
  'backup.createFull',
  'backup.restore',
  'settings.write',
  'training.reset',
  'audit.verify',
] as const;
export type Permission = (typeof permissionNames)[number];

/** The permissions a workflow action can require (opening a case, working it, reopening, deciding a four-eyes proposal). */
export type CaseActionPermission = Extract<Permission, 'case.open' | 'case.write' | 'case.reopen' | 'case.approve'>;

/**
 * THE role table, read by the workflow (which roles an action needs) and by the store
 * (`assertPermission`). Caseworkers open and work cases; supervisors also reopen closed
 * cases, decide four-eyes proposals and export; administrators manage accounts, settings
 * and backups but do not work cases; trainers have a supervisor's case rights so that they
 * can demonstrate the whole procedure, approvals included, but only in the training
 * workspace (`trainingOnlyRoles`), never on a real case.
 */
const roleTable: Readonly<Record<Role, readonly Permission[]>> = {
  caseworker: ['case.read', 'case.open', 'case.write'],
  supervisor: ['case.read', 'case.open', 'case.write', 'case.reopen', 'case.approve', 'case.export', 'backup.create', 'audit.verify'],
  trainer: ['case.read', 'case.open', 'case.write', 'case.reopen', 'case.approve', 'case.export', 'training.reset', 'audit.verify'],
  administrator: [
    'case.read',
    'case.export',
    'user.manage',
    'backup.create',
    'backup.createFull',
    'backup.restore',
    'settings.write',
    'training.reset',
    'audit.verify',
  ],
};

/** Roles that may only enter the training workspace (demo data). */
const trainingOnlyRoles: ReadonlySet<Role> = new Set<Role>(['trainer']);

/**
 * Who may enter the training workspace: trainers (it is their only one), and the roles that
 * demonstrate or look after it (supervisors, administrators). Caseworkers work real cases
 * only, so a training case can never be mistaken for one of theirs.
 */
const trainingEntryRoles: ReadonlySet<Role> = new Set<Role>(['trainer', 'supervisor', 'administrator']);

/** The role holds the permission (in the workspaces it may enter). */
export function roleGrants(role: Role, permission: Permission): boolean {
  return roleTable[role].includes(permission);
}

/**
 * May this role enter the workspace at all? Trainers work on demo data only (production is
 * closed to them); caseworkers only on real cases (training is closed to them). The store,
 * the workflow and the user menu all ask this one question.
 */
export function workspaceAllowed(role: Role, workspace: Workspace): boolean {
  return workspace === 'training' ? trainingEntryRoles.has(role) : !trainingOnlyRoles.has(role);
}

/** The one question both the workflow and the store ask: may this role do this here? */
export function roleMay(role: Role, permission: Permission, workspace: Workspace): boolean {
  return workspaceAllowed(role, workspace) && roleGrants(role, permission);
}

/** Every role that holds the permission somewhere, in the order of the role list (what an action's refusal names). */
export function rolesGranted(permission: Permission): Role[] {
  return RoleSchema.options.filter((role) => roleGrants(role, permission));
}

/** The workspace a case belongs to: training cases live only in the training workspace. */
export function workspaceOfCase(caseFile: { training: boolean }): Workspace {
  return caseFile.training ? 'training' : 'production';
}
