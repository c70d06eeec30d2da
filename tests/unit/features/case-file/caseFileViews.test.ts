import { describe, expect, it } from 'vitest';
import { CaseFileSchema, type AuditEvent, type CaseFile } from '../../../../shared/model';
import { availableActions, executeAction } from '../../../../shared/workflow';
import { dueSoonPolicy } from '../../../../shared/reference';
import { dueSoonPolicyWithin } from '../../../../shared/rules/deadlines';
import { caseHeaderView } from '../../../../renderer/src/features/case-file/caseHeaderView';
import { deadlineStateColour, runningDeadlines } from '../../../../renderer/src/features/case-file/deadlineRows';
import { eligibilitySections, verdictColour } from '../../../../renderer/src/features/case-file/eligibilityView';
import { timelineEntries } from '../../../../renderer/src/features/case-file/timelineEntries';
import { isReadmissionAction, workflowActionViews } from '../../../../renderer/src/features/case-file/workflowActionViews';
import albania from '../../../fixtures/albania-custody-expulsion.json';
import noInstrument from '../../../fixtures/no-transfer-instrument.json';
import { buildCaseFile, buildNationality, buildOrderToLeave, caseworker, supervisor } from '../../arbitraries/caseFileBuilder';

const today = '2026-11-23';
const now = new Date('2026-11-23T10:00:00Z');
const albanian = CaseFileSchema.parse(albania.cases[0]);

describe('case file header', () => {
  it('names the person, the nationality and how established, the stage and the most urgent deadline', () => {
    const view = caseHeaderView(albanian, today);
    expect(view).toMatchObject({
      reference: 'RC-2026-000123',
      name: 'HOXHA Arben',
      aliases: ['HOXA Arbeni'],
      nationality: { country: 'AL', status: 'proven' },
      stage: 'TST_ASSESSMENT',
    });
    expect(view.urgentDeadline?.kind).toBe('sentence_transfer_request_arrival');
  });

  it('says when no nationality is recorded rather than guessing one', () => {
    expect(caseHeaderView(buildCaseFile(), today).nationality).toBeUndefined();
  });
});

describe('deadlines panel', () => {
  it('lists the running timers, most urgent first, and leaves met ones out', () => {
    const deadlines = runningDeadlines(albanian, today, dueSoonPolicy);
    expect(deadlines.map((deadline) => deadline.kind)).toEqual(['sentence_transfer_request_arrival', 'sentence_end']);
    expect(deadlines.every((deadline) => deadline.state !== 'met')).toBe(true);
    expect(deadlines[0]?.counting).toBe('calendar');
  });

  it('marks due soon by the office policy, the days of the settings included (as the case list does)', () => {
    // 30 days to leave from 2 November: on 20 November 60 % has elapsed and 12 days remain.
    const ordered = buildCaseFile({ decisions: [buildOrderToLeave({ departureDays: 30, notifiedOn: '2026-11-02' })] });
    const [departure] = runningDeadlines(ordered, '2026-11-20', dueSoonPolicy);
    expect(departure).toMatchObject({ kind: 'voluntary_departure', state: 'running', daysRemaining: 12 });
    expect(runningDeadlines(ordered, '2026-11-20', dueSoonPolicyWithin(12))[0]?.state).toBe('due_soon');
    expect(runningDeadlines(ordered, '2026-11-25', dueSoonPolicy)[0]?.state).toBe('due_soon');
  });

  it('colours states, always alongside their written name', () => {
    expect(deadlineStateColour('overdue')).toBe('red');
    expect(deadlineStateColour('due_soon')).toBe('orange');
  });
});

describe('eligibility panel', () => {
  it('shows the transfer assessment first for a person in custody, then every return route', () => {
    const sections = eligibilitySections(albanian, today);
    expect(sections.map((section) => section.id)).toEqual(['transfer', 'voluntary', 'forced', 'readmission', 'dublin', 'protectionMemberState']);
    expect(sections[0]?.assessment.verdict).toBe('eligible');
    expect(sections[0]?.assessment.basis?.id).toBe('be_al_2010');
  });

  it('asks for review, with the reason, for a national of a state not found among the parties of a list not fully verified (ETS 112 list incomplete)', () => {
    const transfer = eligibilitySections(CaseFileSchema.parse(noInstrument.cases[0]), today)[0]?.assessment;
    expect(transfer?.verdict).toBe('needs_review');
    expect(transfer?.basis).toBeNull();
    expect(transfer?.checks.find((check) => check.id === 'TST-7')).toMatchObject({ status: 'unknown' });
  });

  it('leaves the transfer assessment out when the person is not in custody', () => {
    expect(eligibilitySections(buildCaseFile(), today).map((section) => section.id)).not.toContain('transfer');
    expect(verdictColour('needs_review')).toBe('yellow');
  });
});

describe('workflow actions', () => {
  it("at identification without an established nationality, completing it is disabled with the guard's explanation", () => {
    const caseFile = buildCaseFile({ stage: 'IDENTIFICATION', nationalities: [buildNationality('AL', 'claimed')] });
    const views = workflowActionViews(availableActions(caseFile, caseworker, now), caseFile);
    const complete = views.find((view) => view.id === 'completeIdentification');
    expect(complete?.enabled).toBe(false);
    expect(complete?.unmet.map((condition) => condition.message).join(' ')).toMatch(/proven or prima facie/i);
    expect(views.some((view) => view.id === 'approvePendingAction' || isReadmissionAction(view.id))).toBe(false);
  });

  it('shows a proposed four-eyes action as awaiting approval, not as a button to press again', () => {
    const atDecision = buildCaseFile({
      stage: 'RETURN_DECISION',
      nationalities: [buildNationality('AL', 'proven')],
      decisions: [
        buildOrderToLeave({
          departureDays: 0,
          shortenedPeriodGrounds: ['risk_of_absconding'],
          shortenedPeriodReasoning: 'No address',
          notifiedOn: '2026-11-20',
          decidedOn: '2026-11-20',
        }),
      ],
    });
    const proposed = executeAction('decideForcedReturn', atDecision, caseworker, now, { destinationCountry: 'AL' });
    expect(proposed.ok).toBe(true);
    if (!proposed.ok) return;
    const forced = workflowActionViews(availableActions(proposed.caseFile, caseworker, now), proposed.caseFile).find(
      (view) => view.id === 'decideForcedReturn',
    );
    expect(forced?.awaitingApproval?.proposedBy.displayName).toBe(caseworker.displayName);
    expect(forced?.enabled).toBe(false);
  });
});

describe('timeline in plain language', () => {
  it('says who proposed and who approved the forced return decision', () => {
    const atDecision = buildCaseFile({
      stage: 'RETURN_DECISION',
      nationalities: [buildNationality('AL', 'proven')],
      decisions: [
        buildOrderToLeave({
          departureDays: 0,
          shortenedPeriodGrounds: ['risk_of_absconding'],
          shortenedPeriodReasoning: 'No address',
          notifiedOn: '2026-11-20',
          decidedOn: '2026-11-20',
        }),
      ],
    });
    const proposed = executeAction('decideForcedReturn', atDecision, caseworker, now, { destinationCountry: 'AL' });
    if (!proposed.ok) throw new Error('proposal refused');
    const approvalId = proposed.caseFile.pendingApprovals[0]?.id ?? '';
    const later = new Date('2026-11-23T11:00:00Z');
    const approved = executeAction('approvePendingAction', proposed.caseFile, supervisor, later, { approvalId });
    if (!approved.ok) throw new Error(approved.failure.unmet.map((condition) => condition.message).join(' '));
    const created: AuditEvent = {
      id: '00000000-0000-4000-8000-0000000000aa',
      caseId: atDecision.id,
      actor: caseworker,
      at: '2026-11-23T09:00:00.000Z',
      action: 'case.created',
      changes: [],
    };
    const viewed: AuditEvent = { ...created, id: '00000000-0000-4000-8000-0000000000ab', action: 'case.viewed', at: '2026-11-23T09:30:00.000Z' };
    const entries = timelineEntries([created, viewed, proposed.event, approved.event], approved.caseFile);
    expect(entries.map((entry) => [entry.sentenceKey, entry.whatKey, entry.role, entry.actorName])).toEqual([
      ['caseFile.timeline.approved', 'caseFile.actionNouns.decideForcedReturn', 'supervisor', supervisor.displayName],
      ['caseFile.timeline.proposed', 'caseFile.actionNouns.decideForcedReturn', 'caseworker', caseworker.displayName],
      ['caseFile.timeline.created', undefined, 'caseworker', caseworker.displayName],
    ]);
  });

  it('names an ordinary action by what was done', () => {
    const caseFile: CaseFile = buildCaseFile();
    const started = executeAction('startIdentification', caseFile, caseworker, now, {});
    if (!started.ok) throw new Error('refused');
    expect(timelineEntries([started.event], started.caseFile)[0]).toMatchObject({
      sentenceKey: 'caseFile.timeline.did',
      whatKey: 'caseFile.actionsDone.startIdentification',
    });
  });
});
