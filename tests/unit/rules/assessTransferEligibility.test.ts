import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile, Custody } from '../../../shared/model';
import { assessTransferEligibility, type RuleCheck } from '../../../shared/rules';
import { buildCaseFile, buildCustody, buildNationality, nextTestId, testMeta } from '../arbitraries/caseFileBuilder';

const asOf = '2026-11-23';

/** A sentenced person with a complete file; each case overrides what it is about. */
function sentencedCase(country: string, custody: Partial<Custody> = {}, overrides: Partial<CaseFile> = {}): CaseFile {
  return buildCaseFile({
    stage: 'TST_ASSESSMENT',
    nationalities: [buildNationality(country, 'proven')],
    custody: buildCustody({
      judgmentDate: '2025-06-12',
      judgmentFinal: true,
      sentence: { kind: 'determinate', years: 3, months: 0, days: 0 },
      sentenceStart: '2024-07-23',
      expectedEnd: '2027-07-23', // 8 months after 23 Nov 2026
      expulsionOrder: { reference: 'OQT-1', issuedOn: '2025-07-01', issuedBy: 'administration', copyOnFile: true },
      consent: { status: 'refused', byLegalRepresentative: false },
      opinion: { statement: 'Wishes to stay in Belgium near his partner.', recordedOn: '2026-11-10' },
      dualCriminality: true,
      habituallyResidentInBelgiumAtArrest: false,
      ...custody,
    }),
    ...overrides,
  });
}

function check(checks: RuleCheck[], id: string): RuleCheck | undefined {
  return checks.find((candidate) => candidate.id === id);
}

interface TransferCase {
  name: string;
  basis: string;
  caseFile: CaseFile;
  verdict: 'eligible' | 'not_eligible' | 'needs_review';
  instrument: string | null;
  withoutConsent?: boolean | null;
  checks?: Record<string, 'met' | 'not_met' | 'unknown'>;
}

const cases: TransferCase[] = [
  {
    name: 'Albanian, final sentence, 8 months left, expulsion order: eligible without consent under the bilateral',
    basis: 'Belgium–Albania agreement of 29 July 2010 (in force 1 Dec 2013); ETS 112 Art. 3(1)(c)',
    caseFile: sentencedCase('AL'),
    verdict: 'eligible',
    instrument: 'be_al_2010',
    withoutConsent: true,
    checks: { 'TST-1': 'met', 'TST-2': 'met', 'TST-3': 'met', 'TST-4': 'met', 'TST-5': 'met', 'TST-5-COPY': 'met', 'TST-6': 'met' },
  },
  {
    name: 'the same with 5 months left: not eligible',
    basis: 'ETS 112 Art. 3(1)(c) applied to the Belgium–Albania agreement',
    caseFile: sentencedCase('AL', { expectedEnd: '2027-04-23' }),
    verdict: 'not_eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-3': 'not_met' },
  },
  {
    name: 'the same with 5 months left and an exceptional case agreed by both states: eligible',
    basis: 'ETS 112 Art. 3(2): a shorter remainder in exceptional cases, if both states agree',
    caseFile: sentencedCase('AL', {
      expectedEnd: '2027-04-23',
      exceptionalShortRemainder: {
        reason: 'Serious illness; family in Tirana',
        recordedBy: 'user-supervisor-1',
        recordedOn: '2026-11-20',
        otherStateAgreedOn: '2026-11-22',
      },
    }),
    verdict: 'eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-3': 'met' },
  },
  {
    name: "the same on the office's note alone, the other state not yet agreed: needs review, never eligible",
    basis: 'ETS 112 Art. 3(2): both states must agree to the exception',
    caseFile: sentencedCase('AL', {
      expectedEnd: '2027-04-23',
      exceptionalShortRemainder: { reason: 'Serious illness; family in Tirana', recordedBy: 'user-supervisor-1', recordedOn: '2026-11-20' },
    }),
    verdict: 'needs_review',
    instrument: 'be_al_2010',
    checks: { 'TST-3': 'unknown' },
  },
  {
    name: 'Albanian, indeterminate sentence: remainder condition met',
    basis: 'ETS 112 Art. 3(1)(c)',
    caseFile: sentencedCase('AL', { sentence: { kind: 'indeterminate' }, expectedEnd: undefined }),
    verdict: 'eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-3': 'met' },
  },
  {
    name: 'Albanian who consents: ETS 112 with consent',
    basis: 'ETS 112 Art. 3(1)(d)',
    caseFile: sentencedCase('AL', { consent: { status: 'given', byLegalRepresentative: false, recordedOn: '2026-11-10' }, expulsionOrder: undefined }),
    verdict: 'eligible',
    instrument: 'ets_112',
    withoutConsent: false,
    checks: { 'TST-4': 'met' },
  },
  {
    name: 'Albanian without consent, no opinion on file: needs review (formality)',
    basis: 'Belgium–Albania agreement of 2010: opinion on file',
    caseFile: sentencedCase('AL', { opinion: undefined }),
    verdict: 'needs_review',
    instrument: 'be_al_2010',
    checks: { 'TST-5': 'not_met' },
  },
  {
    name: 'Kosovo national with an expulsion order: assessed under the Belgium–Kosovo convention of 2010, needs review while its entry into force is unconfirmed',
    basis:
      'Convention Belgium–Kosovo, Brussels, 18 June 2010 (with or without consent); ratifications exchanged 24 Nov 2016, date of entry into force unverified (domain.md §3)',
    caseFile: sentencedCase('XK'),
    verdict: 'needs_review',
    instrument: 'be_xk_2010',
    withoutConsent: true,
    checks: { 'TST-4': 'met', 'TST-7': 'unknown' },
  },
  {
    name: 'Georgian habitually resident in Belgium when arrested: no transfer without consent under ETS 167 Art. 3',
    basis: 'ETS 167 Art. 3; declaration of Belgium (26 May 2005)',
    caseFile: sentencedCase('GE', { habituallyResidentInBelgiumAtArrest: true }),
    verdict: 'not_eligible',
    instrument: 'ets_167',
    checks: { 'TST-4': 'not_met' },
  },
  {
    name: 'Georgian not habitually resident in Belgium: ETS 167 Art. 3 without consent',
    basis: 'ETS 167 Art. 3',
    caseFile: sentencedCase('GE'),
    verdict: 'eligible',
    instrument: 'ets_167',
    withoutConsent: true,
    checks: { 'TST-4': 'met', 'TST-5': 'met' },
  },
  {
    name: 'Georgian, habitual residence at arrest not recorded: unknown, never met',
    basis: 'ETS 167 Art. 3; declaration of Belgium',
    caseFile: sentencedCase('GE', { habituallyResidentInBelgiumAtArrest: undefined }),
    verdict: 'needs_review',
    instrument: 'ets_167',
    checks: { 'TST-4': 'unknown' },
  },
  {
    name: 'Guinean national: not found among the parties of ETS 112, whose list is not fully verified: needs review, not "no route"',
    basis:
      'Issue 11 item 3: a state absent from a list that is not fully verified needs review; ETS 112 party list read from Albania to Montenegro (verdragenbank)',
    caseFile: sentencedCase('GN'),
    verdict: 'needs_review',
    instrument: null,
    checks: { 'TST-7': 'unknown' },
  },
  {
    name: 'Romanian (EU) national: routed to FD 2008/909',
    basis: 'FD 2008/909/JHA Art. 6(2); Belgian law of 15 May 2012',
    caseFile: sentencedCase('RO'),
    verdict: 'eligible',
    instrument: 'fd_2008_909',
    withoutConsent: true,
    checks: { 'TST-EU': 'met', 'TST-EU-4': 'met' },
  },
  {
    name: 'Romanian with 5 months left: FD 2008/909 optional refusal ground only warns',
    basis: 'FD 2008/909/JHA Art. 9(1)(h)',
    caseFile: sentencedCase('RO', { expectedEnd: '2027-04-23' }),
    verdict: 'eligible',
    instrument: 'fd_2008_909',
    checks: { 'TST-3': 'not_met' },
  },
  {
    name: 'Romanian without consent, expulsion order or known residence: unknown',
    basis: 'FD 2008/909/JHA Art. 6(2)',
    caseFile: sentencedCase('RO', {
      expulsionOrder: undefined,
      consent: { status: 'not_asked', byLegalRepresentative: false },
      habituallyResidentInBelgiumAtArrest: undefined,
    }),
    verdict: 'needs_review',
    instrument: 'fd_2008_909',
    checks: { 'TST-EU-4': 'unknown' },
  },
  {
    name: 'Georgian who refused consent and has no expulsion order: not eligible',
    basis: 'ETS 112 Art. 3(1)(d); ETS 167 Art. 3',
    caseFile: sentencedCase('GE', { expulsionOrder: undefined }),
    verdict: 'not_eligible',
    instrument: 'ets_167',
    checks: { 'TST-4': 'not_met' },
  },
  {
    name: 'judgment finality not recorded: unknown, never met',
    basis: 'ETS 112 Art. 3(1)(b)',
    caseFile: sentencedCase('AL', { judgmentFinal: undefined }),
    verdict: 'needs_review',
    instrument: 'be_al_2010',
    checks: { 'TST-2': 'unknown' },
  },
  {
    name: 'judgment not final: not eligible until it is',
    basis: 'ETS 112 Art. 3(1)(b)',
    caseFile: sentencedCase('AL', { judgmentFinal: false }),
    verdict: 'not_eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-2': 'not_met' },
  },
  {
    name: 'nationality only claimed: unknown',
    basis: 'ETS 112 Art. 3(1)(a)',
    caseFile: sentencedCase('AL', {}, { nationalities: [buildNationality('AL', 'claimed')] }),
    verdict: 'needs_review',
    instrument: 'be_al_2010',
    checks: { 'TST-1': 'unknown' },
  },
  {
    name: 'stateless person permanently resident in Albania counts as a national',
    basis: 'ETS 112 Art. 3(1)(a); declaration of Albania',
    caseFile: sentencedCase('AL', {}, { nationalities: [], person: { ...buildCaseFile().person, stateless: true, permanentResidenceCountry: 'AL' } }),
    verdict: 'eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-1': 'met' },
  },
  {
    name: 'no dual criminality: not eligible',
    basis: 'ETS 112 Art. 3(1)(e)',
    caseFile: sentencedCase('AL', { dualCriminality: false }),
    verdict: 'not_eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-6': 'not_met' },
  },
  {
    name: 'Albania refused the request: not eligible',
    basis: 'ETS 112 Art. 3(1)(f)',
    caseFile: sentencedCase(
      'AL',
      {},
      {
        sentenceTransfers: [
          {
            ...testMeta(),
            id: nextTestId(),
            instrument: 'BE_AL_2010',
            administeringState: 'AL',
            withoutConsent: true,
            status: 'refused',
            requestReceivedOn: '2026-10-01',
            refusalReason: 'Ongoing proceedings in Albania',
          },
        ],
      },
    ),
    verdict: 'not_eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-6-AGREEMENT': 'not_met' },
  },
  {
    name: 'Brazilian who consents: eligible with consent under the Belgium–Brazil convention',
    basis: 'Convention between Belgium and Brazil of 4 October 2009 (in force 10 May 2017)',
    caseFile: sentencedCase('BR', { consent: { status: 'given', byLegalRepresentative: false, recordedOn: '2026-11-10' } }),
    verdict: 'eligible',
    instrument: 'be_br_2009',
    withoutConsent: false,
    checks: { 'TST-1': 'met', 'TST-2': 'met', 'TST-3': 'met', 'TST-4': 'met', 'TST-6': 'met', 'TST-7': 'met' },
  },
  {
    name: 'Brazilian who refuses, even with an expulsion order: not eligible, the convention needs consent',
    basis: 'Convention between Belgium and Brazil of 4 October 2009: transfer on request or with express consent only',
    caseFile: sentencedCase('BR'),
    verdict: 'not_eligible',
    instrument: 'be_br_2009',
    withoutConsent: false,
    checks: { 'TST-4': 'not_met' },
  },
  {
    name: 'remaining sentence counted at receipt of the request, not today',
    basis: 'ETS 112 Art. 3(1)(c) ("at the time of receipt of the request")',
    caseFile: sentencedCase(
      'AL',
      { expectedEnd: '2027-04-23' },
      {
        sentenceTransfers: [
          {
            ...testMeta(),
            id: nextTestId(),
            instrument: 'BE_AL_2010',
            administeringState: 'AL',
            withoutConsent: true,
            status: 'requested',
            requestReceivedOn: '2026-10-01',
          },
        ],
      },
    ),
    verdict: 'eligible',
    instrument: 'be_al_2010',
    checks: { 'TST-3': 'met' },
  },
];

describe('assessTransferEligibility (domain.md §5(c) TST-1…TST-7, TST-EU)', () => {
  it.each(cases)('$name — $basis', ({ caseFile, verdict, instrument, withoutConsent, checks }) => {
    const result = assessTransferEligibility(caseFile, asOf);
    expect(result.verdict).toBe(verdict);
    expect(result.basis?.id ?? null).toBe(instrument);
    if (withoutConsent !== undefined) expect(result.withoutConsent).toBe(withoutConsent);
    for (const [id, status] of Object.entries(checks ?? {})) {
      expect(check(result.checks, id)?.status, `${id}`).toBe(status);
    }
    for (const item of result.checks) {
      expect(item.legalBasis.length).toBeGreaterThan(0);
      expect(item.messageKey).toMatch(/^rules\./);
      if (item.status !== 'met' && item.kind !== 'outcome') expect(item.toChange?.text, `${item.id} explains what would change`).toBeTruthy();
    }
  });

  it('says that a state missing from a list not fully verified must be verified, not that it has no route', () => {
    const result = assessTransferEligibility(sentencedCase('GN'), asOf);
    expect(check(result.checks, 'TST-7')?.text).toContain('Needs review: Guinea was not found among the parties');
    expect(check(result.checks, 'TST-7')?.toChange?.text).toContain('Council of Europe chart');
    expect(result.summary).toContain('needs review');
  });

  it('says what would change a not-final judgment', () => {
    const result = assessTransferEligibility(sentencedCase('AL', { judgmentFinal: false }), asOf);
    expect(check(result.checks, 'TST-2')?.toChange?.text).toBe('Eligible once the judgment is final.');
  });

  it('tells the last day a request can arrive with 6 months left', () => {
    const result = assessTransferEligibility(sentencedCase('AL'), asOf);
    expect(check(result.checks, 'TST-3')?.facts.lastArrival).toBe('2027-01-23');
  });

  it('marks what rests on unverified reference data (Belgium–Kosovo convention: date in force unconfirmed)', () => {
    const result = assessTransferEligibility(sentencedCase('XK'), asOf);
    expect(result.basis?.verified).toBe(false);
    expect(check(result.checks, 'TST-7')?.verified).toBe(false);
    expect(check(assessTransferEligibility(sentencedCase('AL'), asOf).checks, 'TST-7')?.verified).toBe(true); // ETS 112 and BE–AL: both parties confirmed
    expect(check(assessTransferEligibility(sentencedCase('RS'), asOf).checks, 'TST-7')?.verified).toBe(false); // Serbia's party records are unconfirmed
  });

  it('gives the model instrument to record on the sentence transfer', () => {
    expect(assessTransferEligibility(sentencedCase('AL'), asOf).modelInstrument).toBe('BE_AL_2010');
    expect(assessTransferEligibility(sentencedCase('GE'), asOf).modelInstrument).toBe('ETS_167_ART_3');
    expect(assessTransferEligibility(sentencedCase('RO'), asOf).modelInstrument).toBe('FD_2008_909');
    expect(assessTransferEligibility(sentencedCase('BR', { consent: { status: 'given', byLegalRepresentative: false } }), asOf).modelInstrument).toBe(
      'BE_BR_2009',
    );
  });

  it('Brazil: the bilateral route rests on verified data; before 10 May 2017 there was none', () => {
    const result = assessTransferEligibility(sentencedCase('BR', { consent: { status: 'given', byLegalRepresentative: false } }), asOf);
    expect(result.basis?.verified).toBe(true);
    expect(check(result.checks, 'TST-7')?.verified).toBe(true);
    const before = assessTransferEligibility(sentencedCase('BR', { expectedEnd: '2019-07-23' }), '2017-05-09');
    expect(check(before.checks, 'TST-7')?.status).toBe('not_met');
  });

  it('dual national: the best route leads, the other is an alternative', () => {
    const result = assessTransferEligibility(
      sentencedCase('AL', {}, { nationalities: [buildNationality('GN', 'proven'), buildNationality('AL', 'proven')] }),
      asOf,
    );
    expect(result.administeringState).toBe('AL');
    expect(result.alternatives.map((alternative) => alternative.administeringState)).toEqual(['GN']);
  });

  it('no custody: not eligible, with the reason', () => {
    const result = assessTransferEligibility(buildCaseFile(), asOf);
    expect(result.verdict).toBe('not_eligible');
    expect(check(result.checks, 'TST-0')?.status).toBe('not_met');
  });

  it.each([
    ['albania-custody-expulsion.json', 'eligible', 'be_al_2010'],
    ['eu-national-custody.json', undefined, 'fd_2008_909'],
    ['no-transfer-instrument.json', 'needs_review', null],
  ] as const)('fixture %s', (file, verdict, instrument) => {
    const exported = JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')) as { cases: CaseFile[] };
    const [caseFile] = exported.cases;
    if (!caseFile) throw new Error('fixture has no case');
    const result = assessTransferEligibility(caseFile, asOf);
    if (verdict) expect(result.verdict).toBe(verdict);
    expect(result.basis?.id ?? null).toBe(instrument);
  });
});
