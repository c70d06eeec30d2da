import { createCaseRepository, type CaseRepository } from '../../db/caseRepository';
import type { Workspace } from '../../db/workspace';
import { workspaceStore } from '../auth/workspaceStore';
import { sharedWorkflow } from '../../db/workflowAdapter';

/**
 * Thin adapter over the local store for the intake, case file and approvals features: the
 * case repository of a workspace, on the same open database as the rest of the window
 * (the auth feature's workspace store), wired to shared/workflow.
 */
const repositories = new Map<Workspace, CaseRepository>();

export function caseRepository(workspace: Workspace): CaseRepository {
  const existing = repositories.get(workspace);
  if (existing) return existing;
  const repository = createCaseRepository(workspaceStore(workspace).context, sharedWorkflow);
  repositories.set(workspace, repository);
  return repository;
}

/** The database of a workspace, for live queries (read only: writes go through the repository). */
export function caseDatabase(workspace: Workspace) {
  return workspaceStore(workspace).context.db;
}
