import type { IntakeDraftRepository } from '../db/intakeDraftRepository';
import type { Workspace } from '../db/workspace';
import { workspaceStore } from './workspaceStore';

export type { IntakeDraft } from '../db/intakeDraftRecord';

/** The intake drafts of the window's open workspace: in the workspace database, behind the repository's permission check. */
export function intakeDraftRepository(workspace: Workspace): IntakeDraftRepository {
  return workspaceStore(workspace).intakeDrafts;
}
