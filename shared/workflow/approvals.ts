import { z } from 'zod';
import { NoteSchema, UuidSchema, type CaseFile, type PendingApproval } from '../model';
import { defineAction, touched } from './defineAction';
import { say, unmet } from './guards/condition';
import { caseActionById } from './registry';
import { guardContext, scopeConditions } from './runAction';
import type { ActionContext, CaseGuard, GuardContext, UnmetCondition } from './types';

const fourEyesBasis = 'Four-eyes principle of the Immigration Office (internal control)';

/**
 * The approval flow of four-eyes actions. Only a supervisor other than the proposer can
 * approve or reject; on approval the proposed action is checked again against the case as
 * it is now and performed with the approving supervisor as the deciding actor.
 */

function pendingApproval(caseFile: CaseFile, approvalId: string): PendingApproval | undefined {
  return caseFile.pendingApprovals.find((approval) => approval.id === approvalId && approval.status === 'pending');
}

const decidablePendingApproval: CaseGuard = {
  id: 'pending_approval_for_another_supervisor',
  factual: true,
  check: ({ caseFile, actor }) => {
    const pending = caseFile.pendingApprovals.filter((approval) => approval.status === 'pending');
    if (pending.length === 0) return [unmet('pending_approval', say('unmet.pending_approval_none'), fourEyesBasis)];
    if (pending.every((approval) => approval.proposedBy.userId === actor.userId)) {
      return [unmet('not_proposer', say('unmet.not_proposer_all'), fourEyesBasis)];
    }
    return [];
  },
};

function decisionChecks({ caseFile, actor, input }: ActionContext<{ approvalId: string }>): UnmetCondition[] {
  const approval = pendingApproval(caseFile, input.approvalId);
  if (approval === undefined) return [unmet('pending_approval', say('unmet.pending_approval_not_found'), fourEyesBasis)];
  if (approval.proposedBy.userId === actor.userId) return [unmet('not_proposer', say('unmet.not_proposer'), fourEyesBasis)];
  return [];
}

/** Re-checks the proposed action as if performed now; every unmet condition is reported. */
function proposedActionStillPossible(context: ActionContext<{ approvalId: string }>): UnmetCondition[] {
  const approval = pendingApproval(context.caseFile, context.input.approvalId);
  if (approval === undefined) return [];
  const target = caseActionById(approval.actionId);
  if (target === undefined) return [unmet('known_action', say('unmet.proposed_action_unknown', { action: approval.actionId }), fourEyesBasis)];
  const guardContext: GuardContext = { caseFile: context.caseFile, actor: context.actor, now: context.now, today: context.today };
  const checked = target.checkInput(guardContext, approval.input, context.newId);
  return [...scopeConditions(target, guardContext), ...target.guards.flatMap((guard) => guard.check(guardContext)), ...(checked.ok ? [] : checked.unmet)];
}

/** Once a case is closed nothing else can be approved on it. */
export function withdrawOtherApprovalsIfClosed(caseFile: CaseFile, context: ActionContext<unknown>, keepId?: string): CaseFile {
  if (caseFile.stage !== 'CLOSED') return caseFile;
  return {
    ...caseFile,
    pendingApprovals: caseFile.pendingApprovals.map((approval) =>
      approval.status === 'pending' && approval.id !== keepId
        ? { ...touched(approval, context), status: 'withdrawn', decidedAt: context.now.toISOString(), decisionReason: 'Case closed' }
        : approval,
    ),
  };
}

export const approvePendingAction = defineAction({
  id: 'approvePendingAction',
  labelKey: 'workflow.action.approvePendingAction',
  fromStages: 'any_open',
  permission: 'case.approve',
  needsFourEyes: false,
  legalBasis: fourEyesBasis,
  inputSchema: z.object({ approvalId: UuidSchema, note: NoteSchema.optional() }),
  guards: [decidablePendingApproval],
  inputGuards: [
    { id: 'approval_decidable', check: decisionChecks },
    { id: 'proposed_action_possible', check: proposedActionStillPossible },
  ],
  perform: (context) => {
    const { caseFile, input, actor, now } = context;
    const approval = pendingApproval(caseFile, input.approvalId);
    const target = approval === undefined ? undefined : caseActionById(approval.actionId);
    if (approval === undefined || target === undefined) return { caseFile };
    const performed = target.perform({ caseFile, actor, now, today: context.today }, approval.input, context.newId);
    const decided = {
      ...performed.caseFile,
      pendingApprovals: performed.caseFile.pendingApprovals.map((candidate) =>
        candidate.id === approval.id
          ? {
              ...touched(candidate, context),
              status: 'approved' as const,
              decidedBy: actor,
              decidedAt: now.toISOString(),
              ...(input.note === undefined ? {} : { decisionReason: input.note }),
            }
          : candidate,
      ),
    };
    return {
      caseFile: withdrawOtherApprovalsIfClosed(decided, context, approval.id),
      // The proposal is named by the timeline's sentence (the action approved); the supervisor's note stays as typed.
      reasonMessage: say('audit.approved', { proposer: approval.proposedBy.displayName }),
      ...(input.note === undefined ? {} : { reason: input.note }),
      legalBasis: performed.legalBasis ?? target.legalBasis,
    };
  },
});

export const rejectPendingAction = defineAction({
  id: 'rejectPendingAction',
  labelKey: 'workflow.action.rejectPendingAction',
  fromStages: 'any_open',
  permission: 'case.approve',
  needsFourEyes: false,
  legalBasis: fourEyesBasis,
  inputSchema: z.object({ approvalId: UuidSchema, reason: NoteSchema }),
  guards: [decidablePendingApproval],
  inputGuards: [{ id: 'approval_decidable', check: decisionChecks }],
  perform: (context) => {
    const { caseFile, input, actor, now } = context;
    return {
      caseFile: {
        ...caseFile,
        pendingApprovals: caseFile.pendingApprovals.map((approval) =>
          approval.id === input.approvalId
            ? { ...touched(approval, context), status: 'rejected' as const, decidedBy: actor, decidedAt: now.toISOString(), decisionReason: input.reason }
            : approval,
        ),
      },
      reason: input.reason,
    };
  },
});

const ownPendingApproval: CaseGuard = {
  id: 'own_pending_approval',
  factual: true,
  check: ({ caseFile, actor }) =>
    caseFile.pendingApprovals.some((approval) => approval.status === 'pending' && approval.proposedBy.userId === actor.userId)
      ? []
      : [unmet('own_pending_approval', say('unmet.own_pending_approval'), fourEyesBasis)],
};

/** The proposer takes back a proposal that has not been decided. */
export const withdrawPendingAction = defineAction({
  id: 'withdrawPendingAction',
  labelKey: 'workflow.action.withdrawPendingAction',
  fromStages: 'any_open',
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: fourEyesBasis,
  inputSchema: z.object({ approvalId: UuidSchema, reason: NoteSchema.optional() }),
  guards: [ownPendingApproval],
  inputGuards: [
    {
      id: 'own_approval',
      check: ({ caseFile, input, actor }) => {
        const approval = pendingApproval(caseFile, input.approvalId);
        if (approval === undefined) return [unmet('pending_approval', say('unmet.pending_approval_not_found'), fourEyesBasis)];
        return approval.proposedBy.userId === actor.userId ? [] : [unmet('own_approval', say('unmet.own_approval'), fourEyesBasis)];
      },
    },
  ],
  perform: (context) => {
    const { caseFile, input, now } = context;
    return {
      caseFile: {
        ...caseFile,
        pendingApprovals: caseFile.pendingApprovals.map((approval) =>
          approval.id === input.approvalId
            ? {
                ...touched(approval, context),
                status: 'withdrawn' as const,
                decidedAt: now.toISOString(),
                ...(input.reason === undefined ? {} : { decisionReason: input.reason }),
              }
            : approval,
        ),
      },
      ...(input.reason === undefined ? {} : { reason: input.reason }),
    };
  },
});

export const approvalActions = [approvePendingAction, rejectPendingAction, withdrawPendingAction] as const;

/** How the approvals screen shows one pending proposal to this actor. */
export interface ApprovalOption {
  approval: PendingApproval;
  /** This actor may approve now: a supervisor other than the proposer, and the proposed action is still possible. */
  canApprove: boolean;
  /** This actor may reject (with a reason): a supervisor other than the proposer. */
  canReject: boolean;
  /** The proposer may withdraw. */
  canWithdraw: boolean;
  /** Why approval is not possible now (every condition, including those of the proposed action). */
  unmet: UnmetCondition[];
}

/** Every pending proposal on the case, with what this actor can do about it and why not. */
export function approvalOptions(caseFile: CaseFile, actor: GuardContext['actor'], now: Date): ApprovalOption[] {
  const context = guardContext(caseFile, actor, now);
  const newId = (purpose: string) => `preview-${purpose}`;
  return caseFile.pendingApprovals
    .filter((approval) => approval.status === 'pending')
    .map((approval) => {
      const scope = scopeConditions(approvePendingAction, context);
      const checked = approvePendingAction.checkInput(context, { approvalId: approval.id }, newId);
      const unmetConditions = [...scope, ...(checked.ok ? [] : checked.unmet)];
      const rejectScope = scopeConditions(rejectPendingAction, context);
      const rejectChecked = rejectPendingAction.checkInput(context, { approvalId: approval.id, reason: 'preview' }, newId);
      return {
        approval,
        canApprove: unmetConditions.length === 0,
        canReject: rejectScope.length === 0 && rejectChecked.ok,
        canWithdraw: caseFile.stage !== 'CLOSED' && approval.proposedBy.userId === actor.userId,
        unmet: unmetConditions,
      };
    });
}
