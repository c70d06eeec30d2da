import type { Actor, CaseFile } from '../model';
import { approvalActions, withdrawOtherApprovalsIfClosed } from './approvals';
import { newRecordMeta } from './defineAction';
import { say, unmet } from './guards/condition';
import { caseActions } from './registry';
import { checkedConditions, recordedConditions } from './proposalConditions';
import { caseConditions, guardContext, idSource, recordPerformed } from './runAction';
import type { ActionOptions, ActionResult, AvailableAction, RegisteredAction } from './types';

/** Every registered action: case actions, then the approval flow. */
export const workflowActions: readonly RegisteredAction[] = [...caseActions, ...approvalActions];

export function workflowActionById(id: string): RegisteredAction | undefined {
  return workflowActions.find((action) => action.id === id);
}

/**
 * Runs one workflow action: a pure function of the case, the actor, the time and the input.
 * Returns the new case and exactly one audit event, or every unmet condition. A four-eyes
 * action is not performed: it is recorded as a pending approval (and that is its event).
 */
export function executeAction(actionId: string, caseFile: CaseFile, actor: Actor, now: Date, input: unknown, options?: ActionOptions): ActionResult {
  const action = workflowActionById(actionId);
  if (action === undefined) {
    return {
      ok: false,
      failure: {
        actionId,
        unmet: [
          unmet('known_action', say('unmet.known_action', { action: actionId }), 'Office procedure of the Immigration Office (internal rule, not a statute)'),
        ],
      },
    };
  }
  const context = guardContext(caseFile, actor, now);
  const newId = idSource(caseFile, options);
  const conditions = caseConditions(action, context);
  const checked = action.checkInput(context, input, newId);
  const inputUnmet = checked.ok ? [] : checked.unmet;
  // The input names the record (e.g. which request), so its condition is the more precise of two with the same id.
  const unmetConditions = [...conditions.filter((condition) => !inputUnmet.some((precise) => precise.id === condition.id)), ...inputUnmet];
  if (unmetConditions.length > 0 || !checked.ok) return { ok: false, failure: { actionId, unmet: unmetConditions } };

  const actionContext = { ...context, input: checked.input, newId };
  if (action.needsFourEyes) {
    const approval = {
      ...newRecordMeta(actionContext, 'pending_approval'),
      actionId,
      input: checked.input,
      proposedBy: actor,
      proposedAt: now.toISOString(),
      status: 'pending' as const,
      // What the supervisor compares with the case as it is when deciding (all met, or the proposal would have been refused).
      conditionsAtProposal: recordedConditions(caseFile, checkedConditions(action, context, checked.input)),
    };
    const proposed = { caseFile: { ...caseFile, pendingApprovals: [...caseFile.pendingApprovals, approval] }, reasonMessage: say('audit.proposed') };
    return { ok: true, ...recordPerformed(caseFile, proposed, actionId, actor, now, newId, action.legalBasis) };
  }
  const performed = action.perform(context, checked.input, newId);
  const settled = { ...performed, caseFile: withdrawOtherApprovalsIfClosed(performed.caseFile, actionContext) };
  return { ok: true, ...recordPerformed(caseFile, settled, actionId, actor, now, newId, action.legalBasis) };
}

/**
 * Every action with whether this actor can start it on this case now, and if not, every
 * reason. Input-dependent conditions (a ground for detention, a date) are checked when the
 * action is run; `applicable` tells whether the action belongs to the current stage.
 */
export function availableActions(caseFile: CaseFile, actor: Actor, now: Date): AvailableAction[] {
  const context = guardContext(caseFile, actor, now);
  return workflowActions.map((action) => {
    const unmetConditions = caseConditions(action, context);
    const applicable = !unmetConditions.some((condition) => condition.id === 'stage' || condition.id === 'case_closed');
    return {
      id: action.id,
      labelKey: action.labelKey,
      needsFourEyes: action.needsFourEyes,
      requiredRoles: action.requiredRoles,
      applicable,
      enabled: unmetConditions.length === 0,
      unmet: unmetConditions,
    };
  });
}

/** One workflow action as a plain function of the case, the actor, the time and the input. */
export type ActionFunction = (caseFile: CaseFile, actor: Actor, now: Date, input: unknown) => ActionResult;

/** Every registered action by id, as a pure function: `workflow.detain(caseFile, actor, now, input)`. */
export const workflow: Readonly<Record<string, ActionFunction>> = Object.fromEntries(
  workflowActions.map((action) => [
    action.id,
    (caseFile: CaseFile, actor: Actor, now: Date, input: unknown) => executeAction(action.id, caseFile, actor, now, input),
  ]),
);
