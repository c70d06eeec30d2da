import type { Actor, Role } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { workspaceAllowed } from '../../../shared/model/permissions';
import { PermissionError } from './errors';
import { hasPermission } from './permissions';
import type { Workspace } from './workspace';
import type { WorkspaceStore } from './workspaces';

/**
 * Who may enter the training workspace: trainers (it is their only one), and the roles that
 * demonstrate or look after it (supervisors, administrators). Caseworkers work real cases
 * only, so a training case can never be mistaken for one of theirs.
 */
const trainingEntryRoles: ReadonlySet<Role> = new Set<Role>(['trainer', 'supervisor', 'administrator']);

/** May this role enter the workspace (a sign-in, the user menu's switch)? */
export function mayEnterWorkspace(role: Role, workspace: Workspace): boolean {
  if (workspace === 'training') return trainingEntryRoles.has(role);
  return workspaceAllowed(role, workspace);
}

/** Throws a PermissionError unless the actor may enter the workspace. */
export function assertMayEnterWorkspace(actor: Actor, workspace: Workspace): void {
  if (mayEnterWorkspace(actor.role, workspace)) return;
  throw new PermissionError(
    'case.read',
    workspace === 'training' ? 'Caseworkers do not enter the training workspace.' : 'Trainers can only work in the training workspace.',
  );
}

export interface ScenarioLoadOutcome {
  added: number;
  /** Cases of the scenario already in the workspace (loaded before): left as they are. */
  alreadyLoaded: number;
}

/**
 * Imports a scenario's cases (already validated and rebased by shared/training) into the
 * training workspace through the audited import. A case already there (same id) is kept
 * as it is, so "Load" twice does not fail halfway.
 */
export async function loadTrainingCases(actor: Actor, store: WorkspaceStore, cases: readonly CaseFile[], description: string): Promise<ScenarioLoadOutcome> {
  if (store.workspace !== 'training') throw new Error('Scenarios load into the training workspace only.');
  assertMayEnterWorkspace(actor, 'training');
  if (!hasPermission(actor.role, 'training.reset') && !hasPermission(actor.role, 'case.write'))
    throw new PermissionError('case.write', 'Your role cannot load training cases.');
  const existing = await store.db.cases.bulkGet(cases.map((caseFile) => caseFile.id));
  const fresh = cases.filter((_, index) => existing[index] === undefined);
  if (fresh.length > 0) await store.cases.importCases(actor, fresh, { description });
  return { added: fresh.length, alreadyLoaded: cases.length - fresh.length };
}
