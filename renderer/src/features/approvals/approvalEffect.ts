import type { Actor, CaseFile, PendingApproval, ReturnRoute, Stage } from '../../../../shared/model';
import { executeAction } from '../../../../shared/workflow';

/** What approving a proposal would do to the case now: the workflow's own result, not a description kept beside it. */
export interface ApprovalEffect {
  stageFrom: Stage;
  stageTo: Stage;
  routeFrom: ReturnRoute;
  routeTo: ReturnRoute;
}

/**
 * Runs the approval on the case as it is, with this supervisor as the deciding actor, and
 * keeps the outcome (nothing is written). Undefined when the approval would be refused: the
 * card then says why, and Approve is not offered.
 */
export function approvalEffect(caseFile: CaseFile, approval: PendingApproval, actor: Actor, now: Date): ApprovalEffect | undefined {
  const result = executeAction('approvePendingAction', caseFile, actor, now, { approvalId: approval.id });
  if (!result.ok) return undefined;
  return { stageFrom: caseFile.stage, stageTo: result.caseFile.stage, routeFrom: caseFile.route, routeTo: result.caseFile.route };
}
