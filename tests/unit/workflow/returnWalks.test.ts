import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../../../shared/model';
import { executeAction } from '../../../shared/workflow';
import { caseworker } from '../arbitraries/caseFileBuilder';
import { CaseWalk, bareIntakeCase, forcedWalkFromCustody, recordAlbanianFacts, voluntaryWalk, walkStart } from './caseWalks';

/**
 * Both return paths, walked to the end through the workflow as the app runs it.
 * Forced: Directive 2008/115/EC Arts. 5, 8, 9; Aliens Act Arts. 27 and 74/14 §3; the
 * office's four-eyes rule for deciding forced return and for closing as removed.
 * Voluntary: Directive 2008/115/EC Art. 7; Aliens Act Art. 74/14 §1 (30 days).
 */
describe('forced return from custody to "closed as removed" (RD Arts. 5, 8, 9; four eyes)', () => {
  const walk = forcedWalkFromCustody();

  it('passes through every stage of the forced path and ends closed as removed', () => {
    const stages = walk.steps.map((step) => step.after.stage).filter((stage, index, all) => stage !== all[index - 1]);
    expect(stages).toEqual([
      'INTAKE',
      'IDENTIFICATION',
      'STATUS_ASSESSMENT',
      'IN_CUSTODY',
      'RETURN_DECISION',
      'FORCED_PREP',
      'DETAINED',
      'REMOVAL_SCHEDULED',
      'DETAINED',
      'REMOVAL_SCHEDULED',
      'REMOVED',
      'CLOSED',
    ]);
    expect(walk.caseFile).toMatchObject({ stage: 'CLOSED', closureReason: 'removed', route: 'readmission' });
    expect(CaseFileSchema.safeParse(walk.caseFile).success).toBe(true);
  });

  it('writes one audit event per step, with the actor, and the assessments removal needs', () => {
    expect(walk.steps.map((step) => step.event.action)).toEqual(walk.steps.map((step) => step.actionId));
    const assessment = walk.steps.find((step) => step.actionId === 'recordNonRefoulementAssessment');
    expect(assessment?.event.changes.map((change) => change.path)).toEqual([expect.stringMatching(/^nonRefoulementAssessments/)]);
    expect(assessment?.event.legalBasis).toContain('Art. 5');
    expect(walk.caseFile.nonRefoulementAssessments[0]).toMatchObject({ outcome: 'cleared', countriesConsidered: ['AL'], reference: 'NR-2026-0193' });
    const fitness = walk.steps.find((step) => step.actionId === 'recordFitnessToTravel');
    expect(fitness?.event.changes.map((change) => change.path)).toEqual([expect.stringMatching(/^fitnessAssessments/)]);
    expect(walk.caseFile.fitnessAssessments[0]).toMatchObject({
      outcome: 'fit_with_conditions',
      escortRequired: false,
      medicalNeeds: 'Insulin for the journey.',
      validUntil: '2026-12-31',
    });
  });

  it('records the refusal to board as a new detention title and the removal as executing the readmission', () => {
    expect(walk.caseFile.detentionPeriods.map((period) => [period.titleNumber, period.endReason])).toEqual([
      [1, 'new_title_after_refusal_to_board'],
      [2, 'removed'],
    ]);
    expect(walk.caseFile.returnOperation?.attempts.map((attempt) => attempt.outcome)).toEqual(['refused_to_board', 'departed']);
    expect(walk.caseFile.readmissionRequests[0]?.status).toBe('EXECUTED');
  });

  it('closing as removed waits for a second person: proposed by the caseworker, performed on approval by the supervisor', () => {
    const [proposal, approval] = walk.steps.slice(-2);
    expect(proposal).toMatchObject({ actionId: 'closeAsRemoved', actor: caseworker });
    expect(proposal?.after.stage).toBe('REMOVED');
    expect(proposal?.event.reasonMessage?.key).toBe('audit.proposed');
    expect(approval?.actionId).toBe('approvePendingAction');
    expect(approval?.actor.userId).not.toBe(caseworker.userId);
    expect(approval?.after.stage).toBe('CLOSED');
  });
});

describe('removal cannot be scheduled until both assessments are recorded (RD Art. 5; Art. 9(2)(a))', () => {
  it.each<[string, string[]]>([
    ['neither assessment', ['non_refoulement_cleared', 'fit_to_travel']],
    ['only non-refoulement', ['fit_to_travel']],
    ['only fitness to travel', ['non_refoulement_cleared']],
  ])('%s', (label, expected) => {
    const walk = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
    walk.do('issueReturnDecision', {
      decidedOn: walk.today,
      notifiedOn: walk.today,
      departureDays: 0,
      shortenedPeriodGrounds: ['risk_of_absconding'],
      shortenedPeriodReasoning: 'Absconded before.',
    });
    walk.withFourEyes('decideForcedReturn', { destinationCountry: 'AL' });
    if (label === 'only non-refoulement')
      walk.do('recordNonRefoulementAssessment', { destinationCountry: 'AL', outcome: 'cleared', assessedOn: walk.today, assessedBy: 'user-caseworker-1' });
    if (label === 'only fitness to travel') walk.do('recordFitnessToTravel', { outcome: 'fit', assessedOn: walk.today, assessedBy: 'Dr. V. Lambert' });
    const result = executeAction('scheduleRemoval', walk.caseFile, caseworker, walk.at, {
      scheduledDepartureAt: '2026-09-20T06:45:00.000Z',
      carrier: 'police_escort',
      escorts: 2,
    });
    expect(result.ok ? [] : result.failure.unmet.map((condition) => condition.id)).toEqual(expected);
  });

  it('a risk found must be reasoned, and then blocks removal to that country', () => {
    const walk = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
    const risk = { destinationCountry: 'AL', outcome: 'risk_identified', assessedOn: walk.today, assessedBy: 'user-caseworker-1' };
    const refused = executeAction('recordNonRefoulementAssessment', walk.caseFile, caseworker, walk.at, risk);
    expect(refused.ok ? [] : refused.failure.unmet.map((condition) => condition.id)).toEqual(['non_refoulement_reasoning']);
    walk.do('recordNonRefoulementAssessment', { ...risk, reasoning: 'Blood feud documented by the family.' });
    expect(walk.caseFile.nonRefoulementAssessments.at(-1)?.outcome).toBe('risk_identified');
  });

  it('"fit with conditions" needs the conditions; an expiry before the assessment is refused', () => {
    const walk = new CaseWalk(bareIntakeCase(), walkStart);
    const ids = (input: Record<string, unknown>) => {
      const result = executeAction('recordFitnessToTravel', walk.caseFile, caseworker, walk.at, {
        assessedOn: walk.today,
        assessedBy: 'Dr. V. Lambert',
        ...input,
      });
      return result.ok ? [] : result.failure.unmet.map((condition) => condition.id);
    };
    expect(ids({ outcome: 'fit_with_conditions' })).toEqual(['fitness_conditions']);
    expect(ids({ outcome: 'fit_with_conditions', escortRequired: true })).toEqual([]);
    expect(ids({ outcome: 'fit', validUntil: '2026-08-01' })).toEqual(['valid_until_after_assessment']);
    expect(ids({ outcome: 'fit', assessedOn: '2026-09-30' })).toEqual(['assessed_on_not_future']);
  });
});

describe('voluntary return from irregular stay to "closed as departed" (RD Art. 7; Aliens Act Art. 74/14 §1)', () => {
  it.each(['iom', 'own_means'] as const)('departure with %s', (carrier) => {
    const walk = voluntaryWalk(carrier);
    const stages = walk.steps.map((step) => step.after.stage).filter((stage, index, all) => stage !== all[index - 1]);
    expect(stages).toEqual(['INTAKE', 'IDENTIFICATION', 'STATUS_ASSESSMENT', 'RETURN_DECISION', 'VOLUNTARY_PREP', 'DEPARTED_VOLUNTARILY', 'CLOSED']);
    expect(walk.caseFile).toMatchObject({ stage: 'CLOSED', closureReason: 'departed_voluntarily', route: 'voluntary' });
    expect(walk.caseFile.returnOperation).toMatchObject({ kind: 'voluntary', carrier, destinationCountry: 'AL' });
    expect(walk.caseFile.returnOperation?.attempts.map((attempt) => attempt.outcome)).toEqual(['departed']);
    expect(walk.steps.map((step) => step.event.action)).toEqual(walk.steps.map((step) => step.actionId));
    expect(CaseFileSchema.safeParse(walk.caseFile).success).toBe(true);
  });
});
