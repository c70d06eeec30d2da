import type { CaseRepository } from '../../db/caseRepository';
import type { ErcmsDatabase } from '../../db/database';
import type { Workspace } from '../../db/workspace';
import { workspaceStore } from '../auth/workspaceStore';

/**
 * Thin adapter over the local store for the intake, case file and approvals features: the
 * case repository (wired to shared/workflow) and the database of the window's open
 * workspace store, shared with every other screen.
 */
export function caseRepository(workspace: Workspace): CaseRepository {
  return workspaceStore(workspace).cases;
}

/** The database of a workspace, for live queries (read only: writes go through the repository). */
export function caseDatabase(workspace: Workspace): ErcmsDatabase {
  return workspaceStore(workspace).db;
}
