import type { Actor, CaseFile, PendingApproval, ProposalConditions, Stage } from '../model';
import { caseActionById } from './registry';
import { guardContext, scopeConditions } from './runAction';
import type { GuardContext, RegisteredAction, UnmetCondition } from './types';

/** The stage condition's id (the action belongs to the case's stage) and that of the proposed input's own checks. */
export const STAGE_CONDITION = 'stage';
export const INPUT_CONDITION = 'input';

/** One condition of a proposed action checked on a case: met, or unmet with every reason. */
export interface CheckedCondition {
  /** `stage`, a guard's id, or `input`. */
  id: string;
  met: boolean;
  unmet: UnmetCondition[];
}

/**
 * Every condition of an action on the case, one entry per guard, met or not (the runner
 * reports only the unmet ones): the stage, each guard of the action, then the input with
 * its input guards. The actor's role is left out: it is a condition on who acts, not on the case.
 */
export function checkedConditions(action: RegisteredAction, context: GuardContext, input: unknown): CheckedCondition[] {
  const stage = scopeConditions(action, context).filter((condition) => condition.id === 'stage' || condition.id === 'case_closed');
  const entry = (id: string, unmet: UnmetCondition[]): CheckedCondition => ({ id, met: unmet.length === 0, unmet });
  const guards = action.guards.map((guard) => entry(guard.id, guard.check(context)));
  const checked = action.checkInput(context, input, (purpose) => `preview-${purpose}`);
  return [entry(STAGE_CONDITION, stage), ...guards, entry(INPUT_CONDITION, checked.ok ? [] : checked.unmet)];
}

/** What a proposal records of its conditions: the stage and each condition's outcome (the words are the catalogue's, at reading time). */
export function recordedConditions(caseFile: CaseFile, conditions: readonly CheckedCondition[]): ProposalConditions {
  return { stage: caseFile.stage, checked: conditions.map(({ id, met }) => ({ id, met })) };
}

/** One condition at the proposal and now: `atProposal` is undefined when the proposal did not record it. */
export interface ConditionComparison {
  id: string;
  atProposal: boolean | undefined;
  now: boolean;
  /** Why it is not met now (empty when met). */
  unmetNow: UnmetCondition[];
  /** Met at the proposal and not now, or the other way round. */
  changed: boolean;
}

export interface ProposalConditionsComparison {
  /** The proposal recorded its conditions (proposals made before this was kept did not). */
  recorded: boolean;
  stageAtProposal: Stage | undefined;
  stageNow: Stage;
  conditions: ConditionComparison[];
}

/**
 * The conditions of a pending proposal as they stood when it was proposed and as they stand
 * now, computed with the same guards from the case as it is (the approving supervisor as
 * the actor, as on approval).
 */
export function compareProposalConditions(caseFile: CaseFile, approval: PendingApproval, actor: Actor, now: Date): ProposalConditionsComparison | undefined {
  const action = caseActionById(approval.actionId);
  if (action === undefined) return undefined;
  const current = checkedConditions(action, guardContext(caseFile, actor, now), approval.input);
  const recorded = approval.conditionsAtProposal;
  const then = new Map(recorded?.checked.map((condition) => [condition.id, condition.met]));
  const conditions: ConditionComparison[] = current.map((condition) => {
    const atProposal = then.get(condition.id);
    return { id: condition.id, atProposal, now: condition.met, unmetNow: condition.unmet, changed: atProposal !== undefined && atProposal !== condition.met };
  });
  return { recorded: recorded !== undefined, stageAtProposal: recorded?.stage, stageNow: caseFile.stage, conditions };
}
