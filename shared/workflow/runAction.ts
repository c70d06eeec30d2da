import { roleMay, workspaceOfCase, type Actor, type AuditEvent, type CaseFile } from '../model';
import { diffCaseFiles } from './caseDiff';
import { isTermList, term, terms, type Explanation } from '../explanations';
import { say, unmet } from './guards/condition';
import { brusselsDate } from './guards/legalCalendar';
import { derivedRecordId } from './recordIds';
import type { ActionOptions, GuardContext, Performed, RegisteredAction, UnmetCondition } from './types';

const fourEyesBasis = 'Four-eyes principle of the Immigration Office (internal control)';
const officeBasis = 'Office procedure of the Immigration Office (internal rule, not a statute)';

export function guardContext(caseFile: CaseFile, actor: Actor, now: Date): GuardContext {
  return { caseFile, actor, now, today: brusselsDate(now) };
}

export function idSource(caseFile: CaseFile, options: ActionOptions | undefined): (purpose: string) => string {
  return options?.newId ?? ((purpose) => derivedRecordId(caseFile, purpose));
}

/**
 * The role table (shared/model/permissions.ts) decides, with the workspace the case lives
 * in: trainers act on training cases only; administrators manage the app, not cases.
 */
function roleAllows(action: RegisteredAction, actor: Actor, caseFile: CaseFile): boolean {
  return roleMay(actor.role, action.permission, workspaceOfCase(caseFile));
}

/** Several guards may report the same missing fact (e.g. no notified order); it is listed once. */
function firstOfEachId(conditions: readonly UnmetCondition[]): UnmetCondition[] {
  return conditions.filter((condition, index) => conditions.findIndex((other) => other.id === condition.id) === index);
}

/** Stage and role: the conditions every action shares. */
export function scopeConditions(action: RegisteredAction, context: GuardContext): UnmetCondition[] {
  const { caseFile, actor } = context;
  const failures: UnmetCondition[] = [];
  const stages = action.fromStages === 'any_open' ? null : action.fromStages;
  if (caseFile.stage === 'CLOSED' && (stages === null || !stages.includes('CLOSED'))) {
    failures.push(unmet('case_closed', say('unmet.case_closed'), officeBasis));
  } else if (stages !== null && !stages.includes(caseFile.stage)) {
    failures.push(unmet('stage', say('unmet.stage', { stage: term('stage', caseFile.stage), stages: terms('stage', stages, 'or') }), officeBasis));
  }
  if (!roleAllows(action, actor, caseFile)) {
    failures.push(
      unmet(
        'role',
        say(actor.role === 'trainer' ? 'unmet.role_trainer' : 'unmet.role', {
          role: term('role', actor.role),
          roles: terms('role', action.requiredRoles, 'or'),
        }),
        officeBasis,
      ),
    );
  }
  return failures;
}

/** A four-eyes action can await only one approval at a time on a case. */
export function fourEyesConditions(action: RegisteredAction, caseFile: CaseFile): UnmetCondition[] {
  if (!action.needsFourEyes) return [];
  const pending = caseFile.pendingApprovals.find((approval) => approval.actionId === action.id && approval.status === 'pending');
  return pending === undefined ? [] : [unmet('already_pending', say('unmet.already_pending', { proposer: pending.proposedBy.displayName }), fourEyesBasis)];
}

/** Every condition of the action on the case as it is (no input): what the UI shows next to a disabled action. */
export function caseConditions(action: RegisteredAction, context: GuardContext): UnmetCondition[] {
  const scope = scopeConditions(action, context);
  // Guards read facts of a stage the case may not be at; outside its stages only the scope is reported.
  if (scope.some((condition) => condition.id === 'stage' || condition.id === 'case_closed')) return scope;
  return firstOfEachId([...scope, ...fourEyesConditions(action, context.caseFile), ...action.guards.flatMap((guard) => guard.check(context))]);
}

/** A catalogue message as the audit event stores it: key, params and the English of the day. */
function storedMessage(message: Explanation): NonNullable<AuditEvent['reasonMessage']> {
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [name, isTermList(value) ? { ...value, values: [...value.values] } : value]),
  );
  return { key: message.key, params, text: message.text };
}

/** The new case version and the one audit event for a performed action. */
export function recordPerformed(
  before: CaseFile,
  performed: Performed,
  actionId: string,
  actor: Actor,
  now: Date,
  newId: (purpose: string) => string,
  legalBasis: string,
): { caseFile: CaseFile; event: AuditEvent } {
  const at = now.toISOString();
  const caseFile: CaseFile = { ...performed.caseFile, updatedAt: at, updatedBy: actor.userId, version: before.version + 1 };
  const event: AuditEvent = {
    id: newId('audit_event'),
    caseId: before.id,
    actor,
    at,
    action: actionId,
    changes: diffCaseFiles(before, caseFile),
    ...(performed.reason === undefined ? {} : { reason: performed.reason }),
    ...(performed.reasonMessage === undefined ? {} : { reasonMessage: storedMessage(performed.reasonMessage) }),
    legalBasis: performed.legalBasis ?? legalBasis,
  };
  return { caseFile, event };
}
