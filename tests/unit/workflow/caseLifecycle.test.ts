import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { availableActions } from '../../../shared/workflow';
import { administrator, buildCaseFile, buildNationality, buildOrderToLeave, caseworker, supervisor, testMeta, trainer } from '../arbitraries/caseFileBuilder';
import { now, run, succeeded, unmetIds } from './workflowTestKit';

const closed = (): CaseFile => buildCaseFile({ stage: 'CLOSED', closedOn: '2026-11-20', closureReason: 'departed_voluntarily' });

describe('closed cases (office procedure: only a supervisor reopens)', () => {
  it('no action applies to a closed case except reopening', () => {
    const enabled = availableActions(closed(), supervisor, now)
      .filter((action) => action.enabled)
      .map((action) => action.id);
    expect(enabled).toEqual(['reopenCase']);
    expect(unmetIds(run('suspendCase', closed(), supervisor, { reason: 'medical', since: '2026-11-23' }))).toEqual(['case_closed']);
  });

  it('a caseworker cannot reopen; a supervisor can, with a reason', () => {
    expect(unmetIds(run('reopenCase', closed(), caseworker, { reason: 'New facts' }))).toEqual(['role']);
    expect(unmetIds(run('reopenCase', closed(), supervisor, {}))).toEqual(['input_reason']);
    const reopened = succeeded(run('reopenCase', closed(), supervisor, { reason: 'Person back in Belgium' }));
    expect(reopened).toMatchObject({ stage: 'STATUS_ASSESSMENT', closedOn: undefined, closureReason: undefined });
  });

  it('closing withdraws proposals still awaiting approval', () => {
    const departed = buildCaseFile({
      stage: 'DEPARTED_VOLUNTARILY',
      pendingApprovals: [
        { ...testMeta(), actionId: 'extendDetention', input: {}, proposedBy: caseworker, proposedAt: '2026-11-20T10:00:00.000Z', status: 'pending' },
      ],
    });
    const closedCase = succeeded(run('closeCase', departed, caseworker, {}));
    expect(closedCase).toMatchObject({ stage: 'CLOSED', closureReason: 'departed_voluntarily', closedOn: '2026-11-23' });
    expect(closedCase.pendingApprovals[0]?.status).toBe('withdrawn');
  });

  it('a case cannot be closed as removed without four eyes, nor before its outcome without a reason and a note', () => {
    const assessed = buildCaseFile({ stage: 'STATUS_ASSESSMENT' });
    expect(unmetIds(run('closeCase', assessed, caseworker, { reason: 'removed' }))).toEqual(['closure_reason']);
    expect(unmetIds(run('closeCase', assessed, caseworker, {}))).toEqual(['closure_reason']);
    expect(unmetIds(run('closeCase', assessed, caseworker, { reason: 'duplicate' }))).toEqual(['closure_note']);
    expect(succeeded(run('closeCase', assessed, caseworker, { reason: 'duplicate', note: 'Same person as RC-2026-000311' })).closureReason).toBe('duplicate');
  });
});

describe('suspended and absconded remember the stage to return to', () => {
  const returnDecision = (): CaseFile =>
    buildCaseFile({ stage: 'RETURN_DECISION', nationalities: [buildNationality('AL', 'proven')], decisions: [buildOrderToLeave()] });

  it('suspension for a suspensive appeal resumes only once the appeal is decided (RD Art. 13(2))', () => {
    const order = returnDecision();
    const suspended = succeeded(run('suspendCase', order, caseworker, { reason: 'suspensive_appeal', since: '2026-11-20' }));
    expect(suspended).toMatchObject({ stage: 'SUSPENDED', resumeStage: 'RETURN_DECISION' });
    const withAppeal: CaseFile = {
      ...suspended,
      appeals: [
        {
          ...testMeta(),
          decisionId: order.decisions[0]?.id ?? '',
          court: 'Council for Alien Law Litigation',
          lodgedOn: '2026-11-19',
          suspensive: true,
          status: 'pending',
        },
      ],
    };
    expect(unmetIds(run('resumeCase', withAppeal, caseworker, {}))).toEqual(['no_pending_suspensive_appeal']);
    const decided: CaseFile = { ...withAppeal, appeals: withAppeal.appeals.map((appeal) => ({ ...appeal, status: 'rejected', decidedOn: '2026-11-22' })) };
    expect(succeeded(run('resumeCase', decided, caseworker, {}))).toMatchObject({ stage: 'RETURN_DECISION', resumeStage: undefined, suspension: undefined });
  });

  it('absconding and reappearance', () => {
    const absconded = succeeded(run('recordAbsconding', returnDecision(), caseworker, { since: '2026-11-21' }));
    expect(absconded).toMatchObject({ stage: 'ABSCONDED', resumeStage: 'RETURN_DECISION', abscondedSince: '2026-11-21' });
    expect(succeeded(run('recordReappearance', absconded, caseworker, { on: '2026-11-23' })).stage).toBe('RETURN_DECISION');
  });

  it('resuming a detained case whose detention ended returns to forced preparation', () => {
    const suspended = buildCaseFile({ stage: 'SUSPENDED', resumeStage: 'DETAINED', suspension: { reason: 'medical', since: '2026-11-01' } });
    expect(succeeded(run('resumeCase', suspended, caseworker, {})).stage).toBe('FORCED_PREP');
  });
});

describe('roles', () => {
  it('an administrator can start no case action', () => {
    expect(availableActions(buildCaseFile(), administrator, now).filter((action) => action.enabled)).toEqual([]);
  });

  it('a trainer acts on training cases only', () => {
    expect(unmetIds(run('startIdentification', buildCaseFile(), trainer))).toEqual(['role']);
    expect(succeeded(run('startIdentification', buildCaseFile({ training: true }), trainer)).stage).toBe('IDENTIFICATION');
  });

  it('availableActions explains every disabled action', () => {
    const listed = availableActions(buildCaseFile({ stage: 'IDENTIFICATION' }), caseworker, now);
    const complete = listed.find((action) => action.id === 'completeIdentification');
    expect(complete).toMatchObject({ applicable: true, enabled: false, labelKey: 'workflow.action.completeIdentification', needsFourEyes: false });
    expect(complete?.unmet.map((condition) => condition.id)).toEqual(['nationality_established']);
    for (const action of listed) {
      expect(action.enabled).toBe(action.unmet.length === 0);
      for (const condition of action.unmet) expect(condition.legalBasis).not.toBe('');
    }
    expect(
      listed
        .filter((action) => action.needsFourEyes)
        .map((action) => action.id)
        .sort(),
    ).toEqual(['closeAsRemoved', 'decideForcedReturn', 'extendDetention', 'requestSentenceTransfer']);
  });
});

describe('workflow (every action as a plain function)', () => {
  it('runs an action by name with the same result as executeAction', async () => {
    const { workflow, executeAction } = await import('../../../shared/workflow');
    const caseFile = buildCaseFile();
    expect(workflow.startIdentification?.(caseFile, caseworker, now, {})).toEqual(executeAction('startIdentification', caseFile, caseworker, now, {}));
  });
});
