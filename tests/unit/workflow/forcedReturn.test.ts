import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { buildCaseFile, buildNationality, buildOrderToLeave, caseworker, otherCaseworker, otherSupervisor, supervisor } from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, unmetIds } from './workflowTestKit';

function withOrder(order: Parameters<typeof buildOrderToLeave>[0] | null): CaseFile {
  return buildCaseFile({
    stage: 'RETURN_DECISION',
    nationalities: [buildNationality('AL', 'proven')],
    decisions: order === null ? [] : [buildOrderToLeave(order)],
  });
}

describe('decideForcedReturn guards: the voluntary departure period is over, or none was granted on a recorded ground (RD Arts. 7(4), 8(1); Aliens Act Art. 74/14)', () => {
  it.each<[string, CaseFile, string[]]>([
    ['period of 30 days notified on 1 Oct 2026 ended on 31 Oct: allowed', withOrder({ notifiedOn: '2026-10-01', departureDays: 30 }), []],
    ['period running until 2 Dec 2026: refused', withOrder({ notifiedOn: '2026-11-02', departureDays: 30 }), ['departure_period_over']],
    [
      'last day of the period is today: refused (the person may still leave today)',
      withOrder({ notifiedOn: '2026-10-24', departureDays: 30 }),
      ['departure_period_over'],
    ],
    [
      'period extended to 10 Dec 2026 (Art. 74/14 §2): refused',
      withOrder({ notifiedOn: '2026-10-01', departureDays: 30, departurePeriodExtendedUntil: '2026-12-10' }),
      ['departure_period_over'],
    ],
    [
      '0 days on public-order grounds with reasoning: allowed',
      withOrder({ notifiedOn: '2026-11-20', departureDays: 0, shortenedPeriodGrounds: ['public_order'], shortenedPeriodReasoning: 'Serious threat' }),
      [],
    ],
    ['0 days without recorded ground: refused', withOrder({ notifiedOn: '2026-11-20', departureDays: 0 }), ['no_period_reasoned']],
    ['order to leave not notified: refused (the period runs from notification)', withOrder({ notifiedOn: undefined }), ['order_to_leave_notified']],
    ['no order to leave: refused', withOrder(null), ['order_to_leave_recorded']],
  ])('%s', (_label, caseFile, expected) => {
    const result = run('decideForcedReturn', caseFile, caseworker, { destinationCountry: 'AL' });
    expect(unmetIds(result)).toEqual(expected);
    if (expected.length > 0) expectExplained(result);
  });
});

describe('decideForcedReturn is four-eyes: a pending approval only another supervisor can approve', () => {
  const ready = withOrder({ notifiedOn: '2026-10-01', departureDays: 30 });

  it('a proposal changes nothing but the pending approvals, with one event', () => {
    const result = run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' });
    const proposed = succeeded(result);
    expect(proposed.stage).toBe('RETURN_DECISION');
    expect(proposed.decisions).toHaveLength(1);
    expect(proposed.pendingApprovals).toEqual([
      expect.objectContaining({ actionId: 'decideForcedReturn', status: 'pending', input: { destinationCountry: 'AL' }, proposedBy: caseworker }),
    ]);
    expect(result.ok && result.event.changes.map((change) => change.path)).toEqual([`pendingApprovals.${proposed.pendingApprovals[0]?.id ?? ''}`]);
  });

  it('cannot be proposed twice while one awaits approval', () => {
    const proposed = succeeded(run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' }));
    expect(unmetIds(run('decideForcedReturn', proposed, otherCaseworker, { destinationCountry: 'AL' }))).toEqual(['already_pending']);
  });

  it('the proposing supervisor cannot approve their own proposal; another supervisor can', () => {
    const proposed = succeeded(run('decideForcedReturn', ready, supervisor, { destinationCountry: 'AL' }));
    const approvalId = proposed.pendingApprovals[0]?.id;
    const own = run('approvePendingAction', proposed, supervisor, { approvalId });
    expect(unmetIds(own)).toContain('not_proposer');

    const approved = succeeded(run('approvePendingAction', proposed, otherSupervisor, { approvalId }));
    expect(approved.stage).toBe('FORCED_PREP');
    expect(approved.decisions.at(-1)).toMatchObject({ type: 'forced_return', destinationCountry: 'AL', decidedBy: otherSupervisor.userId });
    expect(approved.pendingApprovals[0]).toMatchObject({ status: 'approved', decidedBy: otherSupervisor });
  });

  it('a caseworker cannot approve', () => {
    const proposed = succeeded(run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' }));
    expect(unmetIds(run('approvePendingAction', proposed, otherCaseworker, { approvalId: proposed.pendingApprovals[0]?.id }))).toContain('role');
  });

  it('rejection needs a reason and leaves the case where it was', () => {
    const proposed = succeeded(run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' }));
    const approvalId = proposed.pendingApprovals[0]?.id;
    expect(unmetIds(run('rejectPendingAction', proposed, supervisor, { approvalId }))).toEqual(['input_reason']);
    const rejected = succeeded(run('rejectPendingAction', proposed, supervisor, { approvalId, reason: 'Check the medical certificate first' }));
    expect(rejected.stage).toBe('RETURN_DECISION');
    expect(rejected.pendingApprovals[0]).toMatchObject({ status: 'rejected', decisionReason: 'Check the medical certificate first' });
  });

  it('approval re-checks the guards against the case as it is now', () => {
    const proposed = succeeded(run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' }));
    // Meanwhile the departure period was extended to 10 December.
    const extended: CaseFile = {
      ...proposed,
      decisions: proposed.decisions.map((decision) =>
        decision.type === 'order_to_leave' ? { ...decision, departurePeriodExtendedUntil: '2026-12-10' } : decision,
      ),
    };
    const result = run('approvePendingAction', extended, supervisor, { approvalId: proposed.pendingApprovals[0]?.id });
    expect(unmetIds(result)).toEqual(['departure_period_over']);
  });

  it('the proposer may withdraw; nobody else may', () => {
    const proposed = succeeded(run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' }));
    const approvalId = proposed.pendingApprovals[0]?.id;
    expect(unmetIds(run('withdrawPendingAction', proposed, otherCaseworker, { approvalId }))).toContain('own_pending_approval');
    expect(succeeded(run('withdrawPendingAction', proposed, caseworker, { approvalId })).pendingApprovals[0]?.status).toBe('withdrawn');
  });
});

describe('approvalOptions: what the approvals screen offers each user', () => {
  it('the proposer may withdraw but not approve or reject; another supervisor may approve or reject; a caseworker neither', async () => {
    const { approvalOptions } = await import('../../../shared/workflow');
    const { now } = await import('./workflowTestKit');
    const proposed = succeeded(run('decideForcedReturn', withOrder({ notifiedOn: '2026-10-01', departureDays: 30 }), supervisor, { destinationCountry: 'AL' }));
    const [own] = approvalOptions(proposed, supervisor, now);
    expect(own).toMatchObject({ canApprove: false, canReject: false, canWithdraw: true });
    expect(own?.unmet.map((condition) => condition.id)).toContain('not_proposer');
    expect(approvalOptions(proposed, otherSupervisor, now)[0]).toMatchObject({ canApprove: true, canReject: true, canWithdraw: false, unmet: [] });
    expect(approvalOptions(proposed, caseworker, now)[0]).toMatchObject({ canApprove: false, canReject: false });
  });
});
