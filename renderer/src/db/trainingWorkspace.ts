import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { TRAINING_AUTHOR } from '../../../shared/training/caseBuilder';
import { workspaceAllowed } from '../../../shared/model/permissions';
import { PermissionError } from './errors';
import { hasPermission } from './permissions';
import type { Workspace } from './workspace';
import type { WorkspaceStore } from './workspaces';

/** Throws a PermissionError unless the actor may enter the workspace. */
export function assertMayEnterWorkspace(actor: Actor, workspace: Workspace): void {
  if (workspaceAllowed(actor.role, workspace)) return;
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
 * as it is, so "Load" twice does not fail halfway. Each new case is assigned to the actor.
 */
export async function loadTrainingCases(
  actor: Actor,
  store: WorkspaceStore,
  cases: readonly CaseFile[],
  description: string,
  options: { eventPerCase?: boolean } = {},
): Promise<ScenarioLoadOutcome> {
  if (store.workspace !== 'training') throw new Error('Scenarios load into the training workspace only.');
  assertMayEnterWorkspace(actor, 'training');
  if (!hasPermission(actor.role, 'training.reset') && !hasPermission(actor.role, 'case.write'))
    throw new PermissionError('case.write', 'Your role cannot load training cases.');
  const existing = await store.db.cases.bulkGet(cases.map((caseFile) => caseFile.id));
  // The scenarios' cases are written for a placeholder trainer: they become the cases of the one
  // who loads them, so the list names a real account and "My cases" works in the demo.
  const fresh = cases
    .filter((_, index) => existing[index] === undefined)
    .map((caseFile) => (caseFile.assigneeId === TRAINING_AUTHOR ? { ...caseFile, assigneeId: actor.userId } : caseFile));
  if (fresh.length > 0) await store.cases.importCases(actor, fresh, { description, ...options });
  return { added: fresh.length, alreadyLoaded: cases.length - fresh.length };
}
