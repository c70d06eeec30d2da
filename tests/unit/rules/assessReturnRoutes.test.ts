import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { familiesWithMinorsNotDetained } from '../../../shared/reference';
import {
  assessDublinTransfer,
  assessForcedReturn,
  assessProtectionStateReturn,
  assessReadmission,
  assessReturnRoutes,
  assessVoluntaryReturn,
  reintegrationTierFor,
  type Assessment,
} from '../../../shared/rules';
import {
  buildCaseFile,
  buildChild,
  buildDocument,
  buildFitness,
  buildNationality,
  buildNonRefoulement,
  buildOrderToLeave,
  buildReadmissionRequest,
  buildReturnOperation,
  testMeta,
} from '../arbitraries/caseFileBuilder';

const asOf = '2026-11-23';

function statusOf(assessment: Assessment, id: string): string | undefined {
  return assessment.checks.find((check) => check.id === id)?.status;
}

/** An Albanian whose voluntary departure period has run out, ready for removal. */
function removableAlbanian(overrides: Partial<CaseFile> = {}): CaseFile {
  return buildCaseFile({
    nationalities: [buildNationality('AL', 'proven')],
    documents: [buildDocument({ issuingCountry: 'AL', validUntil: '2030-01-01' })],
    decisions: [buildOrderToLeave({ notifiedOn: '2026-10-01', departureDays: 30 })],
    nonRefoulementAssessments: [buildNonRefoulement('AL', 'cleared')],
    fitnessAssessments: [buildFitness('fit')],
    ...overrides,
  });
}

describe('voluntary return (VOL: Fedasil/IOM; reintegration tier by visa regime)', () => {
  it.each([
    ['AL', 'administrative_assistance_only', 'visa-free Western Balkans: administrative assistance only (IOM Belgium)'],
    ['XK', 'administrative_assistance_only', 'Kosovo visa-free since 1 Jan 2024 (Reg. 2023/850)'],
    ['GE', 'reintegration_visa_free', 'visa-free, not Western Balkans'],
    ['GN', 'reintegration_visa_required', 'visa country (Reg. 2018/1806 Annex I)'],
  ])('%s → %s (%s)', (country, tier) => {
    expect(reintegrationTierFor(country)?.tier).toBe(tier);
    const caseFile = buildCaseFile({ nationalities: [buildNationality(country, 'proven')] });
    expect(assessVoluntaryReturn(caseFile, asOf).reintegrationTier).toBe(tier);
  });

  it('eligible once the person agreed, the country is established and a travel document is available', () => {
    const caseFile = removableAlbanian({
      returnOperation: buildReturnOperation({ kind: 'voluntary', carrier: 'iom', voluntaryReturnConsentOn: '2026-11-10' }),
    });
    expect(assessVoluntaryReturn(caseFile, asOf).verdict).toBe('eligible');
  });

  it('no agreement recorded: unknown, never met', () => {
    const result = assessVoluntaryReturn(removableAlbanian(), asOf);
    expect(statusOf(result, 'VOL-1')).toBe('unknown');
    expect(result.verdict).toBe('needs_review');
  });
});

describe('forced return (FORCED: RD Arts. 5, 7, 8)', () => {
  it.each([
    ['all conditions met', removableAlbanian(), 'eligible', {}],
    [
      'voluntary departure still running',
      removableAlbanian({ decisions: [buildOrderToLeave({ notifiedOn: '2026-11-10', departureDays: 30 })] }),
      'not_eligible',
      { 'FORCED-2': 'not_met' },
    ],
    [
      'no period granted, reasoned',
      removableAlbanian({
        decisions: [
          buildOrderToLeave({
            notifiedOn: '2026-11-20',
            departureDays: 0,
            shortenedPeriodGrounds: ['risk_of_absconding'],
            shortenedPeriodReasoning: 'Absconded twice',
          }),
        ],
      }),
      'eligible',
      { 'FORCED-2': 'met' },
    ],
    [
      'no period granted without reasons',
      removableAlbanian({ decisions: [buildOrderToLeave({ notifiedOn: '2026-11-20', departureDays: 0 })] }),
      'needs_review',
      { 'FORCED-2': 'not_met' },
    ],
    ['no return decision', removableAlbanian({ decisions: [] }), 'not_eligible', { 'FORCED-1': 'not_met' }],
    [
      'suspensive appeal pending (RD Art. 13(2))',
      removableAlbanian({
        appeals: [
          { ...testMeta(), decisionId: testMeta().id, court: 'Council for Aliens Law Litigation', lodgedOn: '2026-11-01', suspensive: true, status: 'pending' },
        ],
      }),
      'not_eligible',
      { 'FORCED-3': 'not_met' },
    ],
    ['non-refoulement not assessed (RD Art. 5)', removableAlbanian({ nonRefoulementAssessments: [] }), 'needs_review', { 'FORCED-4': 'unknown' }],
    [
      'risk identified',
      removableAlbanian({ nonRefoulementAssessments: [buildNonRefoulement('AL', 'risk_identified')] }),
      'not_eligible',
      { 'FORCED-4': 'not_met' },
    ],
    ['unfit to travel', removableAlbanian({ fitnessAssessments: [buildFitness('unfit')] }), 'not_eligible', { 'FORCED-5': 'not_met' }],
    [
      'no travel document, readmission pending',
      removableAlbanian({
        documents: [],
        readmissionRequests: [buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-19', receivedOn: '2026-11-20', sendCount: 1 })],
      }),
      'needs_review',
      { 'FORCED-6': 'unknown' },
    ],
    [
      'readmission deemed accepted replaces the passport',
      removableAlbanian({
        documents: [],
        readmissionRequests: [buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-01', receivedOn: '2026-11-02', sendCount: 1 })],
      }),
      'eligible',
      { 'FORCED-6': 'met' },
    ],
    ['child without best-interests assessment (RD Art. 5(a))', removableAlbanian({ familyLinks: [buildChild()] }), 'needs_review', { 'FORCED-7': 'not_met' }],
  ] as const)('%s → %s', (_name, caseFile, verdict, checks) => {
    const result = assessForcedReturn(caseFile, asOf);
    expect(result.verdict).toBe(verdict);
    for (const [id, status] of Object.entries(checks)) expect(statusOf(result, id), id).toBe(status);
  });

  it('says when forced return becomes possible', () => {
    const result = assessForcedReturn(removableAlbanian({ decisions: [buildOrderToLeave({ notifiedOn: '2026-11-10', departureDays: 30 })] }), asOf);
    expect(result.checks.find((check) => check.id === 'FORCED-2')?.toChange?.text).toBe('Forced return possible from 2026-12-11 if the person has not left.');
  });
});

describe('families with minor children are not detained (reference side; the guard is in shared/workflow)', () => {
  it('the reference records the ban with its legal basis', () => {
    expect(familiesWithMinorsNotDetained.value).toBe(true);
    expect(familiesWithMinorsNotDetained.legalBasis).toMatch(/2024/);
  });
});

describe('readmission (READM: EC–Albania RA; Benelux protocol)', () => {
  it.each([
    ['Albanian with a passport, no request yet', removableAlbanian(), 'needs_review', { 'READM-1': 'met', 'READM-2': 'met', 'READM-3': 'unknown' }],
    [
      'complete request awaiting reply',
      removableAlbanian({ readmissionRequests: [buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-19', receivedOn: '2026-11-20', sendCount: 1 })] }),
      'eligible',
      { 'READM-3': 'met', 'READM-5': 'unknown' },
    ],
    [
      'request without fingerprints',
      removableAlbanian({
        readmissionRequests: [buildReadmissionRequest({ attachments: { requestForm: true, photo: true, fingerprints: false, documentCopies: true } })],
      }),
      'needs_review',
      { 'READM-3': 'not_met' },
    ],
    [
      'rejected',
      removableAlbanian({
        readmissionRequests: [
          buildReadmissionRequest({
            status: 'REJECTED',
            sentOn: '2026-11-01',
            receivedOn: '2026-11-02',
            sendCount: 1,
            reply: { outcome: 'rejected', receivedOn: '2026-11-10', reasons: 'Not Albanian' },
          }),
        ],
      }),
      'not_eligible',
      { 'READM-5': 'not_met' },
    ],
    [
      'Moroccan: no agreement in the reference data',
      buildCaseFile({ nationalities: [buildNationality('MA', 'proven')] }),
      'not_eligible',
      { 'READM-1': 'not_met' },
    ],
    ['claimed nationality only, no documents', buildCaseFile({ nationalities: [buildNationality('AL', 'claimed')] }), 'not_eligible', { 'READM-2': 'not_met' }],
    [
      'transfer window over',
      removableAlbanian({
        readmissionRequests: [
          buildReadmissionRequest({
            status: 'ACCEPTED',
            sentOn: '2026-06-01',
            receivedOn: '2026-06-02',
            sendCount: 1,
            reply: { outcome: 'accepted', receivedOn: '2026-06-10' },
          }),
        ],
      }),
      'not_eligible',
      { 'READM-6': 'not_met' },
    ],
  ] as const)('%s → %s', (_name, caseFile, verdict, checks) => {
    const result = assessReadmission(caseFile, asOf);
    expect(result.verdict).toBe(verdict);
    for (const [id, status] of Object.entries(checks)) expect(statusOf(result, id), id).toBe(status);
  });
});

describe('Dublin (Dublin III Art. 29)', () => {
  const request = {
    ...testMeta(),
    memberState: 'DE',
    regime: 'dublin_iii' as const,
    requestType: 'take_back' as const,
    applicationLodgedOn: '2026-01-10',
    status: 'accepted' as const,
    acceptedOn: '2026-08-01',
    extension: 'none' as const,
  };
  it.each([
    ['accepted, within 6 months', [request], 'eligible'],
    ['accepted, window over', [{ ...request, acceptedOn: '2026-03-01' }], 'not_eligible'],
    ['sent, no reply yet', [{ ...request, status: 'sent' as const, acceptedOn: undefined }], 'needs_review'],
    ['no request', [], 'not_eligible'],
  ] as const)('%s → %s', (_name, dublinRequests, verdict) => {
    expect(assessDublinTransfer(buildCaseFile({ dublinRequests: [...dublinRequests] }), asOf).verdict).toBe(verdict);
  });
  it('warns when the recorded regime does not match the application date (Reg. 2024/1351 from 1 July 2026)', () => {
    const result = assessDublinTransfer(buildCaseFile({ dublinRequests: [{ ...request, applicationLodgedOn: '2026-07-01' }] }), asOf);
    expect(statusOf(result, 'DUBLIN-REGIME')).toBe('not_met');
    expect(result.basis?.id).toBe('ammr_2024_1351');
  });
});

describe('return to the Member State that granted protection (PROT-MS: APD Art. 33(2)(a); RD Art. 6(2))', () => {
  it.each([
    ['protected in Greece', [{ ...testMeta(), status: 'protection_other_member_state' as const, from: '2024-03-01', memberState: 'GR' }], 'eligible'],
    [
      'protection ended',
      [{ ...testMeta(), status: 'protection_other_member_state' as const, from: '2024-03-01', to: '2025-01-01', memberState: 'GR' }],
      'not_eligible',
    ],
    ['Member State not recorded', [{ ...testMeta(), status: 'protection_other_member_state' as const, from: '2024-03-01' }], 'needs_review'],
    ['nothing recorded', [], 'not_eligible'],
  ] as const)('%s → %s', (_name, residencyHistory, verdict) => {
    expect(assessProtectionStateReturn(buildCaseFile({ residencyHistory: [...residencyHistory] }), asOf).verdict).toBe(verdict);
  });
});

it('assessReturnRoutes assesses every route on the same date', () => {
  const routes = assessReturnRoutes(removableAlbanian(), asOf);
  expect(Object.keys(routes)).toEqual(['voluntary', 'forced', 'readmission', 'dublin', 'protectionMemberState']);
  for (const route of Object.values(routes)) expect(route.assessedOn).toBe(asOf);
});
