import type { CaseFile, PendingApproval } from '../../../../shared/model';
import type { AvailableAction, UnmetCondition } from '../../../../shared/workflow';

export interface WorkflowActionView {
  id: string;
  labelKey: string;
  needsFourEyes: boolean;
  enabled: boolean;
  /** Every reason the action cannot be started now, in the workflow's words. */
  unmet: UnmetCondition[];
  /** A four-eyes proposal of this action waiting for a supervisor. */
  awaitingApproval: PendingApproval | undefined;
}

/**
 * Actions started on a screen of their own, never in the generated action dialog: the
 * approval flow (approvals page), amending the facts (each section's editor, with the
 * intake's form), the readmission evidence checklist (saved from the request card) and
 * opening a case (the intake). Every other registered action may be started in the dialog,
 * so its input must be one the dialog can ask for (tests/unit/features/case-file/actionDialog.test.ts).
 */
export const actionsWithOwnScreen: ReadonlySet<string> = new Set([
  'approvePendingAction',
  'rejectPendingAction',
  'withdrawPendingAction',
  'amendCaseFacts',
  'recordReadmissionEvidence',
  'openCase',
]);

export function isReadmissionAction(id: string): boolean {
  return /Readmission|TransferWindow|TravelDocument|TransferObstacle/.test(id);
}

/**
 * The buttons of the workflow panel: the actions that belong to the case's current stage,
 * enabled only when every guard passes, each disabled one with every unmet condition.
 * A four-eyes action with a pending proposal shows as awaiting approval.
 */
export function workflowActionViews(available: readonly AvailableAction[], caseFile: CaseFile): WorkflowActionView[] {
  return available
    .filter((action) => action.applicable && !actionsWithOwnScreen.has(action.id) && !isReadmissionAction(action.id))
    .map((action) => {
      const awaitingApproval = caseFile.pendingApprovals.find((approval) => approval.actionId === action.id && approval.status === 'pending');
      // The role condition is the only one when a caseworker looks at a supervisor-only step: still shown, with its reason.
      return {
        id: action.id,
        labelKey: action.labelKey,
        needsFourEyes: action.needsFourEyes,
        enabled: action.enabled && awaitingApproval === undefined,
        unmet: action.unmet,
        awaitingApproval,
      };
    });
}
