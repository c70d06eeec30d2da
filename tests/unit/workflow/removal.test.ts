import { describe, expect, it } from 'vitest';
import type { CaseFile, Decision } from '../../../shared/model';
import {
  buildCaseFile,
  buildDetentionPeriod,
  buildDocument,
  buildFitness,
  buildNationality,
  buildNonRefoulement,
  buildReadmissionRequest,
  buildReturnOperation,
  caseworker,
  testMeta,
} from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, unmetIds } from './workflowTestKit';

const forcedReturnDecision: Decision = {
  ...testMeta(),
  type: 'forced_return',
  decidedOn: '2026-11-10',
  decidedBy: 'user-supervisor-1',
  legalBasis: 'RD Art. 8',
  destinationCountry: 'AL',
};
const validPassport = buildDocument({ type: 'passport', issuingCountry: 'AL', validUntil: '2030-01-01' });

/** Ready for removal: every condition met. Each table row takes one away. */
function ready(overrides: Partial<CaseFile> = {}): CaseFile {
  return buildCaseFile({
    stage: 'FORCED_PREP',
    nationalities: [buildNationality('AL', 'proven')],
    decisions: [forcedReturnDecision],
    documents: [validPassport],
    fitnessAssessments: [buildFitness('fit')],
    nonRefoulementAssessments: [buildNonRefoulement('AL', 'cleared')],
    ...overrides,
  });
}

const schedule = { scheduledDepartureAt: '2026-11-30T06:45:00.000+01:00', carrier: 'police_escort', flightNumber: 'SN2771', escorts: 2 };

describe('scheduleRemoval: no suspensive appeal, non-refoulement cleared, fit to travel, travel document or accepted readmission (RD Arts. 5, 8, 9, 13(2))', () => {
  it.each<[string, Partial<CaseFile>, string[]]>([
    ['everything in place', {}, []],
    ['no approved forced return decision (RD Art. 8)', { decisions: [] }, ['forced_return_decided']],
    [
      'a suspensive appeal is pending (RD Art. 13(2); Aliens Act Art. 39/79)',
      {
        appeals: [
          {
            ...testMeta(),
            decisionId: forcedReturnDecision.id,
            court: 'Council for Alien Law Litigation',
            lodgedOn: '2026-11-15',
            suspensive: true,
            status: 'pending',
          },
        ],
      },
      ['no_pending_suspensive_appeal'],
    ],
    [
      'a non-suspensive appeal is pending: no bar',
      {
        appeals: [
          { ...testMeta(), decisionId: forcedReturnDecision.id, court: 'Council of State', lodgedOn: '2026-11-15', suspensive: false, status: 'pending' },
        ],
      },
      [],
    ],
    ['no non-refoulement assessment for Albania (RD Art. 5; ECHR Art. 3)', { nonRefoulementAssessments: [] }, ['non_refoulement_cleared']],
    ['non-refoulement under review', { nonRefoulementAssessments: [buildNonRefoulement('AL', 'under_review')] }, ['non_refoulement_cleared']],
    ['non-refoulement cleared for another country only', { nonRefoulementAssessments: [buildNonRefoulement('XK', 'cleared')] }, ['non_refoulement_cleared']],
    ['no fitness-to-travel assessment (RD Art. 9(2)(a))', { fitnessAssessments: [] }, ['fit_to_travel']],
    ['found unfit to travel', { fitnessAssessments: [buildFitness('unfit')] }, ['fit_to_travel']],
    ['fitness assessment expired', { fitnessAssessments: [buildFitness('fit', { validUntil: '2026-11-20' })] }, ['fit_to_travel']],
    ['no travel document and no readmission', { documents: [] }, ['travel_document_or_readmission']],
    [
      'only an expired passport',
      { documents: [buildDocument({ type: 'passport', issuingCountry: 'AL', validUntil: '2026-01-01' })] },
      ['travel_document_or_readmission'],
    ],
    [
      'only a copy of the passport',
      { documents: [buildDocument({ type: 'passport', form: 'copy', issuingCountry: 'AL', validUntil: '2030-01-01' })] },
      ['travel_document_or_readmission'],
    ],
    [
      'no passport but an accepted readmission request to Albania',
      { documents: [], readmissionRequests: [buildReadmissionRequest({ status: 'ACCEPTED', reply: { outcome: 'accepted', receivedOn: '2026-11-10' } })] },
      [],
    ],
    [
      'no passport but a deemed accepted readmission request',
      { documents: [], readmissionRequests: [buildReadmissionRequest({ status: 'DEEMED_ACCEPTED', deemedAcceptedOn: '2026-11-10' })] },
      [],
    ],
    [
      'no passport and a readmission request only sent',
      { documents: [], readmissionRequests: [buildReadmissionRequest({ status: 'SENT' })] },
      ['travel_document_or_readmission'],
    ],
  ])('%s', (_label, overrides, expected) => {
    const result = run('scheduleRemoval', ready(overrides), caseworker, schedule);
    expect(unmetIds(result)).toEqual(expected);
    if (expected.length > 0) expectExplained(result);
    else expect(succeeded(result).stage).toBe('REMOVAL_SCHEDULED');
  });

  it('lists all unmet conditions together', () => {
    const result = run('scheduleRemoval', ready({ documents: [], fitnessAssessments: [], nonRefoulementAssessments: [] }), caseworker, schedule);
    expect(unmetIds(result)).toEqual(['non_refoulement_cleared', 'fit_to_travel', 'travel_document_or_readmission']);
  });

  it('refuses a departure in the past', () => {
    expect(unmetIds(run('scheduleRemoval', ready(), caseworker, { ...schedule, scheduledDepartureAt: '2026-11-01T06:45:00.000+01:00' }))).toEqual([
      'departure_in_future',
    ]);
  });
});

describe('after scheduling', () => {
  const detainedAndScheduled = (): CaseFile =>
    ready({
      stage: 'REMOVAL_SCHEDULED',
      detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-10-01' })],
      returnOperation: buildReturnOperation({ scheduledDepartureAt: '2026-11-23T06:45:00.000+01:00' }),
    });

  it('a refusal to board ends the detention title and starts title 2 (Kabongo v Belgium)', () => {
    const after = succeeded(run('recordRefusalToBoard', detainedAndScheduled(), caseworker, { at: '2026-11-23T06:40:00.000+01:00' }));
    expect(after.stage).toBe('DETAINED');
    expect(after.detentionPeriods).toEqual([
      expect.objectContaining({ titleNumber: 1, endedOn: '2026-11-23', endReason: 'new_title_after_refusal_to_board' }),
      expect.objectContaining({ titleNumber: 2, startedOn: '2026-11-23' }),
    ]);
    expect(after.returnOperation?.attempts.at(-1)?.outcome).toBe('refused_to_board');
  });

  it('confirming the removal ends detention and executes the readmission to the destination', () => {
    const scheduled = { ...detainedAndScheduled(), readmissionRequests: [buildReadmissionRequest({ status: 'TD_ISSUED' })] };
    const removed = succeeded(run('confirmRemoval', scheduled, caseworker, { departedAt: '2026-11-23T06:50:00.000+01:00' }));
    expect(removed.stage).toBe('REMOVED');
    expect(removed.detentionPeriods[0]).toMatchObject({ endedOn: '2026-11-23', endReason: 'removed' });
    expect(removed.readmissionRequests[0]).toMatchObject({ status: 'EXECUTED', executedOn: '2026-11-23' });
  });

  it('closing as removed is four-eyes and needs the departure recorded', () => {
    const removedWithout = ready({ stage: 'REMOVED' });
    expect(unmetIds(run('closeAsRemoved', removedWithout, caseworker))).toEqual(['departure_recorded']);
    const removed = ready({ stage: 'REMOVED', returnOperation: buildReturnOperation({ departedAt: '2026-11-23T06:50:00.000+01:00' }) });
    const proposed = succeeded(run('closeAsRemoved', removed, caseworker));
    expect(proposed.stage).toBe('REMOVED');
    expect(proposed.pendingApprovals[0]).toMatchObject({ actionId: 'closeAsRemoved', status: 'pending' });
  });
});
