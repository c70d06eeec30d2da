import { describe, expect, it } from 'vitest';
import { CaseFileSchema, PendingApprovalSchema, type CaseFile } from '../../../shared/model';
import { compareProposalConditions } from '../../../shared/workflow';
import { buildCaseFile, buildNationality, buildOrderToLeave, caseworker, otherSupervisor } from '../arbitraries/caseFileBuilder';
import { now, run, succeeded } from './workflowTestKit';

const ready = buildCaseFile({
  stage: 'RETURN_DECISION',
  nationalities: [buildNationality('AL', 'proven')],
  decisions: [buildOrderToLeave({ notifiedOn: '2026-10-01', departureDays: 30 })],
});

function proposed(): CaseFile {
  return succeeded(run('decideForcedReturn', ready, caseworker, { destinationCountry: 'AL' }));
}

describe('a four-eyes proposal records its conditions as they stood, and the supervisor compares them with now', () => {
  it('the proposal keeps the stage and each condition checked (all met: otherwise it would have been refused)', () => {
    const caseFile = proposed();
    expect(caseFile.pendingApprovals[0]?.conditionsAtProposal).toEqual({
      stage: 'RETURN_DECISION',
      checked: [
        { id: 'stage', met: true },
        { id: 'order_to_leave_notified', met: true },
        { id: 'departure_period_over_or_none', met: true },
        { id: 'input', met: true },
      ],
    });
    // The case with its recorded conditions is still a valid case file.
    expect(CaseFileSchema.safeParse(caseFile).success).toBe(true);
  });

  it('unchanged case: every condition met then and now, nothing highlighted', () => {
    const caseFile = proposed();
    const approval = caseFile.pendingApprovals[0];
    if (!approval) throw new Error('no proposal');
    const comparison = compareProposalConditions(caseFile, approval, otherSupervisor, now);
    expect(comparison?.recorded).toBe(true);
    expect(comparison?.conditions.every((condition) => condition.atProposal === true && condition.now && !condition.changed)).toBe(true);
  });

  it('a departure period extended after the proposal: that condition is met then, unmet now, and marked changed with its reason', () => {
    const caseFile = proposed();
    const approval = caseFile.pendingApprovals[0];
    if (!approval) throw new Error('no proposal');
    const extended: CaseFile = {
      ...caseFile,
      decisions: caseFile.decisions.map((decision) =>
        decision.type === 'order_to_leave' ? { ...decision, departurePeriodExtendedUntil: '2026-12-10' } : decision,
      ),
    };
    const comparison = compareProposalConditions(extended, approval, otherSupervisor, now);
    const changed = comparison?.conditions.filter((condition) => condition.changed);
    expect(changed?.map((condition) => [condition.id, condition.atProposal, condition.now])).toEqual([['departure_period_over_or_none', true, false]]);
    expect(changed?.[0]?.unmetNow.map((condition) => condition.id)).toEqual(['departure_period_over']);
  });

  it('a proposal stored before conditions were recorded still reads (backward compatible) and says they were not recorded', () => {
    const caseFile = proposed();
    const approval = caseFile.pendingApprovals[0];
    if (!approval) throw new Error('no proposal');
    const { conditionsAtProposal: _dropped, ...older } = approval;
    expect(PendingApprovalSchema.safeParse(older).success).toBe(true);
    const comparison = compareProposalConditions({ ...caseFile, pendingApprovals: [older] }, older, otherSupervisor, now);
    expect(comparison?.recorded).toBe(false);
    expect(comparison?.conditions.map((condition) => [condition.id, condition.atProposal, condition.now, condition.changed])).toEqual([
      ['stage', undefined, true, false],
      ['order_to_leave_notified', undefined, true, false],
      ['departure_period_over_or_none', undefined, true, false],
      ['input', undefined, true, false],
    ]);
  });
});
