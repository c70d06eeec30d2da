import type { CaseFile, PendingApproval } from '../../../../shared/model';
import type { AvailableAction, UnmetCondition } from '../../../../shared/workflow';
import type { ExplainedMessage } from '../../i18n/explanationText';

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

/** Actions handled elsewhere: the approval flow (approvals page, pending list) and the readmission request's own panel. */
const handledElsewhere = new Set(['approvePendingAction', 'rejectPendingAction', 'withdrawPendingAction']);

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
    .filter((action) => action.applicable && !handledElsewhere.has(action.id) && !isReadmissionAction(action.id))
    .map((action) => {
      const awaitingApproval = caseFile.pendingApprovals.find((approval) => approval.actionId === action.id && approval.status === 'pending');
      // The role condition is the only one when a caseworker looks at a supervisor-only step: still shown, with its reason.
      return { id: action.id, labelKey: action.labelKey, needsFourEyes: action.needsFourEyes, enabled: action.enabled && awaitingApproval === undefined, unmet: action.unmet, awaitingApproval };
    });
}

/** The i18n key of a transitional English-only condition (see `unmet` in shared/workflow); prefer `unmetConditionMessages`. */
export function unmetConditionKey(condition: UnmetCondition): string {
  return `caseFile.unmet.${condition.id}`;
}

/**
 * The messages of an unmet condition as the renderer words them: its catalogue message,
 * then what would change it when it comes from an eligibility check. An English-only
 * condition is looked up as `caseFile.unmet.<id>`.
 */
export function unmetConditionMessages(condition: UnmetCondition): ExplainedMessage[] {
  if (condition.messageKey === undefined) return [{ fallbackKey: unmetConditionKey(condition), text: condition.message }];
  const toChange = condition.toChange;
  if (toChange === undefined) return [{ messageKey: condition.messageKey, params: condition.params, text: condition.message }];
  const text = condition.message.endsWith(` ${toChange.text}`) ? condition.message.slice(0, -(toChange.text.length + 1)) : condition.message;
  return [
    { messageKey: condition.messageKey, params: condition.params, text },
    { messageKey: toChange.messageKey, params: condition.params, text: toChange.text },
  ];
}

/** An unmet condition in one sentence (or two) of the user's language. */
export function unmetConditionText(explain: (message: ExplainedMessage) => string, condition: UnmetCondition): string {
  return unmetConditionMessages(condition).map(explain).join(' ');
}
