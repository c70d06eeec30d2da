import { describe, expect, it } from 'vitest';
import type { CaseFile, ResidencyStatus, Stage } from '../../../shared/model';
import {
  caseMatchesFigure,
  createCustodyTransferAccumulator,
  custodyTransferOverview,
  type CustodyTransferMeasure,
  type CustodyTransferRow,
} from '../../../shared/reports';
import { buildCaseFile, buildCustody, buildNationality, testMeta } from '../arbitraries/caseFileBuilder';

const asOf = '2026-11-23';
const period = { from: '2026-01-01', to: '2026-12-31' };

const custodyFacts = {
  judgmentFinal: true,
  judgmentDate: '2026-01-10',
  sentence: { kind: 'determinate' as const, years: 5, months: 0, days: 0 },
  sentenceStart: '2025-06-01',
  expectedEnd: '2030-06-01',
  dualCriminality: true,
  consent: { status: 'given' as const, recordedOn: '2026-10-01', byLegalRepresentative: false },
};
const refusedWithExpulsionOrder = {
  ...custodyFacts,
  consent: { status: 'refused' as const, recordedOn: '2026-10-01', byLegalRepresentative: false },
  expulsionOrder: { ...testMeta(), reference: 'EO-1', issuedOn: '2026-02-01', issuedBy: 'administration' as const, copyOnFile: true },
  opinion: { statement: 'I do not want to go', recordedOn: '2026-10-02' },
};

const residence = (status: ResidencyStatus['status'], from = '2025-01-01', to?: string): ResidencyStatus => ({
  ...testMeta(),
  status,
  from,
  ...(to ? { to } : {}),
});

/**
 * Hand-made persons and what the law says of each (worked out by hand from domain.md
 * §5(c), not by calling the rules): the expected overview is counted from this table.
 */
interface Row {
  reference: string;
  caseFile: CaseFile;
  counted: boolean;
  nationality?: string;
  residence?: 'right' | 'no_right' | 'unknown';
  verdict?: 'eligible' | 'needs_review' | 'not_eligible';
  instrument?: string;
  withoutConsent?: boolean;
  reason?: string;
  readmissionRoute?: boolean;
  stage?: Stage;
}

const person = (
  reference: string,
  country: string,
  stage: Stage,
  custody: Parameters<typeof buildCustody>[0],
  residencyHistory: ResidencyStatus[],
  overrides: Partial<CaseFile> = {},
): CaseFile =>
  buildCaseFile({ reference, stage, nationalities: [buildNationality(country, 'proven')], custody: buildCustody(custody), residencyHistory, ...overrides });

const table: Row[] = [
  // Albanian, every condition met, consents: ETS 112 with consent; EU–Albania readmission agreement.
  {
    reference: 'AL-1',
    caseFile: person('AL-1', 'AL', 'IN_CUSTODY', custodyFacts, [residence('irregular_stay')]),
    counted: true,
    nationality: 'AL',
    residence: 'no_right',
    verdict: 'eligible',
    instrument: 'ets_112',
    withoutConsent: false,
    readmissionRoute: true,
    stage: 'IN_CUSTODY',
  },
  // Albanian who refuses, with an expulsion order: the Belgium–Albania agreement (2010) without consent.
  {
    reference: 'AL-2',
    caseFile: person('AL-2', 'AL', 'TST_ASSESSMENT', refusedWithExpulsionOrder, [residence('asylum_rejected')]),
    counted: true,
    nationality: 'AL',
    residence: 'no_right',
    verdict: 'eligible',
    instrument: 'be_al_2010',
    withoutConsent: true,
    readmissionRoute: true,
    stage: 'TST_ASSESSMENT',
  },
  // Finality of the judgment not known: needs review (TST-2); a valid permit is a right of residence.
  {
    reference: 'AL-3',
    caseFile: person('AL-3', 'AL', 'IN_CUSTODY', { ...custodyFacts, judgmentFinal: undefined }, [residence('valid_permit')]),
    counted: true,
    nationality: 'AL',
    residence: 'right',
    verdict: 'needs_review',
    reason: 'TST-2:unknown',
    readmissionRoute: true,
    stage: 'IN_CUSTODY',
  },
  // Georgian whose consent is not recorded: needs review (TST-4); no residence status recorded.
  {
    reference: 'GE-1',
    caseFile: person('GE-1', 'GE', 'TST_ASSESSMENT', { ...custodyFacts, consent: undefined }, []),
    counted: true,
    nationality: 'GE',
    residence: 'unknown',
    verdict: 'needs_review',
    reason: 'TST-4:unknown',
    readmissionRoute: false,
    stage: 'TST_ASSESSMENT',
  },
  // Georgian with about two months left (< 6 months, ETS 112 Art. 3(1)(c)): not eligible.
  {
    reference: 'GE-2',
    caseFile: person('GE-2', 'GE', 'IN_CUSTODY', { ...custodyFacts, expectedEnd: '2027-02-01' }, [residence('irregular_stay')]),
    counted: true,
    nationality: 'GE',
    residence: 'no_right',
    verdict: 'not_eligible',
    reason: 'TST-3:not_met',
    readmissionRoute: false,
    stage: 'IN_CUSTODY',
  },
  // Georgian to be released after the report date: still in custody; the permit ended, irregular since.
  {
    reference: 'GE-3',
    caseFile: person('GE-3', 'GE', 'IN_CUSTODY', { ...custodyFacts, releasedOn: '2026-12-31' }, [
      residence('valid_permit', '2024-01-01', '2026-01-01'),
      residence('irregular_stay', '2026-01-02'),
    ]),
    counted: true,
    nationality: 'GE',
    residence: 'no_right',
    verdict: 'eligible',
    instrument: 'ets_112',
    withoutConsent: false,
    readmissionRoute: false,
    stage: 'IN_CUSTODY',
  },
  // Romanian: Framework Decision 2008/909.
  {
    reference: 'RO-1',
    caseFile: person('RO-1', 'RO', 'TST_REQUESTED', custodyFacts, [residence('irregular_stay')]),
    counted: true,
    nationality: 'RO',
    residence: 'no_right',
    verdict: 'eligible',
    instrument: 'fd_2008_909',
    withoutConsent: false,
    readmissionRoute: false,
    stage: 'TST_REQUESTED',
  },
  // Not counted: released before the report date, a training case, a closed case, no custody.
  { reference: 'GE-4', caseFile: person('GE-4', 'GE', 'IN_CUSTODY', { ...custodyFacts, releasedOn: '2026-11-01' }, []), counted: false },
  { reference: 'GE-5', caseFile: person('GE-5', 'GE', 'IN_CUSTODY', custodyFacts, [], { training: true }), counted: false },
  { reference: 'GE-6', caseFile: person('GE-6', 'GE', 'CLOSED', custodyFacts, []), counted: false },
  { reference: 'AL-4', caseFile: buildCaseFile({ reference: 'AL-4', nationalities: [buildNationality('AL', 'proven')] }), counted: false },
];

/** The expected row of a nationality, counted from the table alone. */
function expectedRow(nationality: string, rows: Row[]): CustodyTransferRow {
  const counted = rows.filter((row) => row.counted && (nationality === 'all' || row.nationality === nationality));
  const count = (predicate: (row: Row) => boolean) => counted.filter(predicate).length;
  const tally = (values: (string | undefined)[]) => {
    const result: Record<string, number> = {};
    for (const value of values) if (value !== undefined) result[value] = (result[value] ?? 0) + 1;
    return result;
  };
  const eligible = counted.filter((row) => row.verdict === 'eligible');
  const instruments = [...new Set(eligible.map((row) => row.instrument ?? ''))].sort();
  return {
    nationality,
    inCustody: counted.length,
    noRightOfResidence: count((row) => row.residence === 'no_right'),
    residenceUnknown: count((row) => row.residence === 'unknown'),
    transferEligible: eligible.length,
    eligibleByInstrument: instruments.map((instrument) => ({
      instrument,
      withConsent: eligible.filter((row) => row.instrument === instrument && row.withoutConsent === false).length,
      withoutConsent: eligible.filter((row) => row.instrument === instrument && row.withoutConsent === true).length,
    })),
    transferNeedsReview: count((row) => row.verdict === 'needs_review'),
    reviewReasons: tally(counted.filter((row) => row.verdict === 'needs_review').map((row) => row.reason)),
    transferNotEligible: count((row) => row.verdict === 'not_eligible'),
    notEligibleReasons: tally(counted.filter((row) => row.verdict === 'not_eligible').map((row) => row.reason)),
    readmissionRoute: count((row) => row.readmissionRoute === true),
    byStage: tally(counted.map((row) => row.stage)),
  };
}

describe('custodyTransferOverview: per nationality, from the rules', () => {
  const overview = custodyTransferOverview(
    table.map((row) => row.caseFile),
    asOf,
  );

  it.each(['AL', 'GE', 'RO'])('row %s equals the count made by hand', (nationality) => {
    expect(overview.rows.find((row) => row.nationality === nationality)).toEqual(expectedRow(nationality, table));
  });

  it('has one row per nationality in custody and a total row', () => {
    expect(overview.rows.map((row) => row.nationality)).toEqual(['AL', 'GE', 'RO']);
    expect(overview.total).toEqual(expectedRow('all', table));
  });

  it('gives the same overview chunk by chunk, in any order', () => {
    const accumulator = createCustodyTransferAccumulator(asOf);
    const reversed = [...table].reverse().map((row) => row.caseFile);
    accumulator.add(reversed.slice(0, 3));
    accumulator.add([]);
    accumulator.add(reversed.slice(3));
    expect(accumulator.result()).toEqual(overview);
  });

  const figures: {
    measure: CustodyTransferMeasure;
    nationality?: string;
    instrument?: string;
    withoutConsent?: boolean;
    reason?: string;
    expected: string[];
  }[] = [
    { measure: 'inCustody', expected: ['AL-1', 'AL-2', 'AL-3', 'GE-1', 'GE-2', 'GE-3', 'RO-1'] },
    { measure: 'inCustody', nationality: 'GE', expected: ['GE-1', 'GE-2', 'GE-3'] },
    { measure: 'noRightOfResidence', nationality: 'AL', expected: ['AL-1', 'AL-2'] },
    { measure: 'residenceUnknown', expected: ['GE-1'] },
    { measure: 'transferEligible', nationality: 'AL', instrument: 'be_al_2010', withoutConsent: true, expected: ['AL-2'] },
    { measure: 'transferEligible', instrument: 'ets_112', expected: ['AL-1', 'GE-3'] },
    { measure: 'transferNeedsReview', reason: 'TST-2:unknown', expected: ['AL-3'] },
    { measure: 'transferNeedsReview', expected: ['AL-3', 'GE-1'] },
    { measure: 'transferNotEligible', reason: 'TST-3:not_met', expected: ['GE-2'] },
    { measure: 'readmissionRoute', expected: ['AL-1', 'AL-2', 'AL-3'] },
  ];

  it.each(figures)('the case list for $measure $nationality $instrument $reason is exactly $expected', ({ expected, ...key }) => {
    const matching = table
      .filter((row) => caseMatchesFigure(row.caseFile, { figure: 'custodyTransfer', ...key }, { period, asOf }))
      .map((row) => row.reference);
    expect(matching).toEqual(expected);
  });
});
