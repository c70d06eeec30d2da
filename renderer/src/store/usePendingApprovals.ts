import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseFile } from '../../../shared/model';
import type { Workspace } from '../db/workspace';
import { caseRepository } from './caseStore';
import { useCaseworkSession } from './useCaseworkSession';

/**
 * Cases with a proposal awaiting approval (live), oldest proposal first. Read through the
 * case repository from the sparse awaiting-approval index: only those cases are read,
 * however many cases the workspace holds.
 */
export function useCasesAwaitingApproval(workspace: Workspace): CaseFile[] | undefined {
  const { actor } = useCaseworkSession();
  return useLiveQuery(async () => (actor ? caseRepository(workspace).listAwaitingApproval(actor) : []), [workspace, actor?.userId, actor?.role]);
}

/** How many cases await a four-eyes decision (live), for a badge: a count of the index, no case is read. */
export function useAwaitingApprovalCount(workspace: Workspace): number | undefined {
  const { actor } = useCaseworkSession();
  return useLiveQuery(async () => (actor ? caseRepository(workspace).countAwaitingApproval(actor) : 0), [workspace, actor?.userId, actor?.role]);
}
