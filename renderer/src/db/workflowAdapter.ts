import type { CaseFile } from '../../../shared/model/caseFile';
import { brusselsDate, nextDeadlineDate } from '../../../shared/rules/deadlines';
import { openCase } from '../../../shared/workflow/actions/openCase';
import { approvePendingAction, rejectPendingAction } from '../../../shared/workflow/approvals';
import { executeAction, workflowActionById } from '../../../shared/workflow/executeAction';
import type { NextDeadlineOf } from './caseRow';
import type { WorkflowPort } from './workflowPort';

const approvalDecisions = new Set([approvePendingAction.id, rejectPendingAction.id]);

/** The app's workflow: shared/workflow's registry, seen through the repository's port. */
export const sharedWorkflow: WorkflowPort = {
  perform: (actionId, caseFile, actor, now, input) => executeAction(actionId, caseFile, actor, now, input),
  decidedApprovalId(actionId, input) {
    if (!approvalDecisions.has(actionId)) return undefined;
    const approvalId = typeof input === 'object' && input !== null ? (input as { approvalId?: unknown }).approvalId : undefined;
    return typeof approvalId === 'string' ? approvalId : '';
  },
  permissionOf: (actionId) => workflowActionById(actionId)?.permission,
  openCase: (newCase, opening, actor, now) => openCase.perform(newCase, opening, actor, now),
};

/**
 * The `nextDeadline` index: the most urgent open deadline as of the day the case is
 * written (shared/rules). Due dates do not move with time, only their state does, so the
 * indexed date stays right until the case changes again.
 */
export function nextDeadlineAsOf(now: () => Date): NextDeadlineOf {
  return (caseFile: CaseFile) => nextDeadlineDate(caseFile, brusselsDate(now()));
}
