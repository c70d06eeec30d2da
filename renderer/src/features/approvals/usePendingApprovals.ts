import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseFile } from '../../../../shared/model';
import type { Workspace } from '../../db/workspace';
import { caseDatabase } from '../case-file/caseStore';

/**
 * Cases with a proposal awaiting approval (live). The store has no index on pending
 * approvals yet, so this scans the cases; an index belongs in renderer/src/db.
 */
export function useCasesAwaitingApproval(workspace: Workspace): CaseFile[] | undefined {
  return useLiveQuery(
    () =>
      caseDatabase(workspace)
        .cases.filter((row) => row.caseFile.pendingApprovals.some((approval) => approval.status === 'pending'))
        .toArray()
        .then((rows) => rows.map((row) => row.caseFile)),
    [workspace],
  );
}
