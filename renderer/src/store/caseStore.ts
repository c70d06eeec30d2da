import type { CaseRepository } from '../db/caseRepository';
import type { Workspace } from '../db/workspace';
import { workspaceStore } from './workspaceStore';

/**
 * The case repository (wired to shared/workflow) of the window's open workspace store,
 * shared with every other screen. Every read and write of a case goes through it, and so
 * through its permission check: no screen reads a table.
 */
export function caseRepository(workspace: Workspace): CaseRepository {
  return workspaceStore(workspace).cases;
}
