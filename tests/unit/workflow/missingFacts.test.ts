import { describe, expect, it } from 'vitest';
import type { CaseFile, Custody, ResidencyStatus } from '../../../shared/model';
import { assessPrisonLeaseModel, assessTransferEligibility, thirdCountryNationalRequestDeadline, voluntaryDepartureDeadline } from '../../../shared/rules';
import {
  buildCaseFile,
  buildCustody,
  buildDocument,
  buildNationality,
  buildOrderToLeave,
  buildReadmissionRequest,
  caseworker,
  testMeta,
} from '../arbitraries/caseFileBuilder';
import { run, succeeded, today, unmetIds } from './workflowTestKit';

describe('voluntary departure period by residence category (Aliens Act Art. 74/14 §1; RD Art. 7)', () => {
  const assessed = (status: ResidencyStatus['status']): CaseFile =>
    buildCaseFile({
      stage: 'STATUS_ASSESSMENT',
      nationalities: [buildNationality('AL', 'proven')],
      residencyHistory: [{ ...testMeta(), status, from: '2026-01-10' }],
    });
  it.each<[string, ResidencyStatus['status'], Record<string, unknown>, string[]]>([
    // §1 al. 1: 30 days in principle.
    ['irregular stay, 30 days', 'irregular_stay', { departureDays: 30 }, []],
    // §1: more than 7 and fewer than 30 days for a person not authorised to stay over three months.
    ['rejected asylum seeker, 30 days: too long for the category', 'asylum_rejected', { departureDays: 30 }, ['departure_days_short_stay']],
    ['rejected asylum seeker, 20 days reasoned', 'asylum_rejected', { departureDays: 20, shortenedPeriodReasoning: 'Rejected asylum seeker.' }, []],
    [
      'expired short stay, 20 days without reasons: any period under 30 days is reasoned',
      'short_stay_expired',
      { departureDays: 20 },
      ['departure_days_reasoned'],
    ],
    // §3: fewer than 7 or none only on a recorded ground.
    [
      'expired short stay, 5 days without a ground',
      'short_stay_expired',
      { departureDays: 5, shortenedPeriodReasoning: 'Absconding risk.' },
      ['departure_days_ground'],
    ],
    [
      'expired short stay, 0 days on a ground, reasoned',
      'short_stay_expired',
      { departureDays: 0, shortenedPeriodGrounds: ['risk_of_absconding'], shortenedPeriodReasoning: 'Absconded before.' },
      [],
    ],
  ])('%s', (_label, status, input, expected) => {
    expect(unmetIds(run('issueReturnDecision', assessed(status), caseworker, { decidedOn: today, ...input }))).toEqual(expected);
  });

  it('an ended period is "ended" (forced return may be prepared), never "met"', () => {
    const deadline = voluntaryDepartureDeadline(buildCaseFile({ decisions: [buildOrderToLeave({ departureDays: 30, notifiedOn: '2026-10-01' })] }), today);
    expect(deadline).toMatchObject({ state: 'ended', consequence: { messageKey: 'deadlines.voluntary_departure.consequence.forcedReturn' } });
  });
});

describe('removal refuses a travel document whose authenticity is doubtful (RD Art. 8; as assessForcedReturn)', () => {
  const ready = (authenticity: 'genuine' | 'suspected_false' | 'false' | 'not_checked'): CaseFile =>
    buildCaseFile({
      stage: 'FORCED_PREP',
      nationalities: [buildNationality('AL', 'proven')],
      decisions: [
        { ...testMeta(), type: 'forced_return', decidedOn: '2026-11-10', decidedBy: 'user-supervisor-1', legalBasis: 'RD Art. 8', destinationCountry: 'AL' },
      ],
      documents: [buildDocument({ type: 'passport', issuingCountry: 'AL', validUntil: '2030-01-01', authenticity })],
      fitnessAssessments: [{ ...testMeta(), outcome: 'fit', assessedOn: '2026-11-10', assessedBy: 'Dr. V. Lambert' }],
      nonRefoulementAssessments: [{ ...testMeta(), destinationCountry: 'AL', outcome: 'cleared', assessedOn: '2026-11-05', assessedBy: 'user-caseworker-1' }],
    });
  it.each<['genuine' | 'suspected_false' | 'false' | 'not_checked', string[]]>([
    ['genuine', []],
    ['not_checked', []],
    ['suspected_false', ['travel_document_or_readmission']],
    ['false', ['travel_document_or_readmission']],
  ])('passport %s', (authenticity, expected) => {
    expect(
      unmetIds(
        run('scheduleRemoval', ready(authenticity), caseworker, {
          scheduledDepartureAt: '2026-11-30T06:45:00.000+01:00',
          carrier: 'police_escort',
          escorts: 2,
        }),
      ),
    ).toEqual(expected);
  });
});

describe('the obstacle that extends the one-year request limit (EU–Albania RA Art. 10(1))', () => {
  const tcnCase = (): CaseFile =>
    buildCaseFile({
      stage: 'FORCED_PREP',
      nationalities: [buildNationality('MA', 'proven')],
      documents: [buildDocument({ issuingCountry: 'MA', validUntil: '2030-01-01' })],
      residencyHistory: [{ ...testMeta(), status: 'irregular_stay', from: '2025-01-01', irregularStayKnownOn: '2025-10-01' }],
      readmissionRequests: [buildReadmissionRequest({ subject: 'third_country_national' })],
    });
  it('the limit ran out a year after the irregular stay became known; an obstacle of 60 days moves it and the send guard follows', () => {
    const caseFile = tcnCase();
    const request = caseFile.readmissionRequests[0];
    if (request === undefined) throw new Error('no request');
    expect(thirdCountryNationalRequestDeadline(caseFile, request, today)?.dueDate).toBe('2026-10-01');
    const send = { requestId: request.id, sentOn: today };
    expect(unmetIds(run('sendReadmissionRequest', caseFile, caseworker, send))).toContain('third_country_national_limit');
    const withObstacle = succeeded(
      run('recordRequestObstacle', caseFile, caseworker, {
        requestId: request.id,
        description: 'Hospitalised, unable to be identified',
        from: '2026-09-01',
        to: '2026-10-30',
      }),
    );
    const extended = withObstacle.readmissionRequests[0];
    if (extended === undefined) throw new Error('no request');
    expect(thirdCountryNationalRequestDeadline(withObstacle, extended, today)).toMatchObject({
      dueDate: '2026-11-30',
      note: { key: 'deadlines.third_country_national_request.extendedByObstacles', params: { days: 60 } },
    });
    expect(unmetIds(run('sendReadmissionRequest', withObstacle, caseworker, send))).not.toContain('third_country_national_limit');
  });
  it('a request for an own national has no limit to extend', () => {
    const own = buildCaseFile({ stage: 'FORCED_PREP', readmissionRequests: [buildReadmissionRequest()] });
    expect(
      unmetIds(run('recordRequestObstacle', own, caseworker, { requestId: own.readmissionRequests[0]?.id, description: 'x', from: '2026-11-01' })),
    ).toEqual(['request_limit_applies']);
  });
});

describe('custody facts the rules need', () => {
  const sentenced = (custody: Partial<Custody> = {}): CaseFile =>
    buildCaseFile({
      stage: 'IN_CUSTODY',
      nationalities: [buildNationality('MA', 'proven')],
      custody: buildCustody({
        judgmentFinal: true,
        expectedEnd: '2027-04-23',
        sentence: { kind: 'determinate', years: 2, months: 0, days: 0 },
        expulsionOrder: { reference: 'EO', issuedOn: '2026-01-01', issuedBy: 'court', copyOnFile: true },
        ...custody,
      }),
    });

  it('a negative mental-health screening rules out a serious mental disorder for the policy model (LEASE-5)', () => {
    const before = assessPrisonLeaseModel(sentenced(), today).checks.find((check) => check.id === 'LEASE-5');
    expect(before?.status).toBe('unknown');
    const screened = succeeded(
      run('recordMentalHealthScreening', sentenced(), caseworker, {
        outcome: 'no_serious_mental_disorder',
        screenedOn: today,
        screenedBy: 'Dr. L. Peeters, prison psychiatrist',
      }),
    );
    expect(assessPrisonLeaseModel(screened, today).checks.find((check) => check.id === 'LEASE-5')).toMatchObject({
      status: 'met',
      messageKey: 'rules.LEASE-5.met_screened.text',
    });
    const positive = succeeded(
      run('recordMentalHealthScreening', sentenced(), caseworker, { outcome: 'serious_mental_disorder', screenedOn: today, screenedBy: 'Dr. L. Peeters' }),
    );
    expect(assessPrisonLeaseModel(positive, today).checks.find((check) => check.id === 'LEASE-5')?.status).toBe('not_met');
  });

  it('a remainder under six months: "needs review" on the office\'s note, met once the other state agreed (ETS 112 Art. 3(2))', () => {
    const albanian = {
      ...sentenced({
        consent: { status: 'given', recordedOn: '2026-11-01', byLegalRepresentative: false },
        dualCriminality: true,
        habituallyResidentInBelgiumAtArrest: false,
      }),
      nationalities: [buildNationality('AL', 'proven')],
    };
    const proposed = succeeded(run('recordExceptionalShortRemainder', albanian, caseworker, { reason: 'Terminal illness; family in Tirana' }));
    expect(assessTransferEligibility(proposed, today).checks.find((check) => check.id === 'TST-3')).toMatchObject({
      status: 'unknown',
      toChange: { messageKey: 'rules.TST-3.unknown_exceptional_pending.toChange' },
    });
    const agreed = succeeded(
      run('recordExceptionalShortRemainder', proposed, caseworker, {
        reason: 'Terminal illness; family in Tirana',
        otherStateAgreedOn: today,
        otherStateReference: 'AL-MoJ-2026-77',
      }),
    );
    expect(agreed.custody?.exceptionalShortRemainder).toMatchObject({
      recordedOn: proposed.custody?.exceptionalShortRemainder?.recordedOn,
      otherStateAgreedOn: today,
    });
    expect(assessTransferEligibility(agreed, today).checks.find((check) => check.id === 'TST-3')?.status).toBe('met');
  });
});
