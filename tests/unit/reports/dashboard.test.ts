import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { caseDeadlines } from '../../../shared/rules/deadlines';
import {
  caseMatchesFigure,
  caseMatchesFigureFilter,
  createDashboardAccumulator,
  custodyTransferOverview,
  deadlineStatistics,
  departureCompliance,
  detentionStatistics,
  FigureFilterSchema,
  pendingCasesByStage,
  readmissionStatistics,
  returnRate,
  sentenceTransferStatistics,
  vulnerableShare,
  type DashboardFigures,
  type FigureContext,
  type FigureKey,
} from '../../../shared/reports';
import { arbitraryToday, caseFileArbitrary } from '../arbitraries/caseFile';
import { buildCaseFile, buildDetentionPeriod, buildReadmissionRequest } from '../arbitraries/caseFileBuilder';

const period = { from: '2024-01-01', to: arbitraryToday };
const asOf = arbitraryToday;
const context: FigureContext = { period, asOf };

function dashboardInChunks(cases: readonly CaseFile[], cuts: readonly number[]): DashboardFigures {
  const accumulator = createDashboardAccumulator(period, asOf);
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    accumulator.add(cases.slice(start, Math.max(start, cut)));
    start = Math.max(start, cut);
  }
  accumulator.add(cases.slice(start));
  return accumulator.result();
}

const casesAndCuts = fc
  .array(caseFileArbitrary(), { maxLength: 20 })
  .chain((cases) => fc.tuple(fc.constant(cases), fc.array(fc.integer({ min: 0, max: cases.length }), { maxLength: 4 })));

const matching = (cases: readonly CaseFile[], key: FigureKey) => cases.filter((caseFile) => caseMatchesFigure(caseFile, key, context)).length;

describe('createDashboardAccumulator: chunk by chunk, the same figures as the array functions', () => {
  it('gives the same figures whatever the chunks, equal to each statistic over the whole array', () => {
    fc.assert(
      fc.property(casesAndCuts, ([cases, cuts]) => {
        const chunked = dashboardInChunks(cases, cuts);
        expect(chunked).toEqual(dashboardInChunks(cases, []));
        expect(chunked.casesRead).toBe(cases.length);
        expect(chunked.returnRate.overall).toEqual(returnRate(cases, period, asOf));
        expect(chunked.returnRate.byNationality).toEqual(returnRate(cases, period, asOf, 'nationality'));
        expect(chunked.returnRate.byRoute).toEqual(returnRate(cases, period, asOf, 'route'));
        expect(chunked.readmission).toEqual(readmissionStatistics(cases, period, asOf));
        expect(chunked.detention).toEqual(detentionStatistics(cases, period, asOf));
        expect(chunked.deadlines).toEqual(deadlineStatistics(cases, asOf));
        expect(chunked.departure).toEqual(departureCompliance(cases, period, asOf));
        expect(chunked.vulnerable).toEqual(vulnerableShare(cases, asOf));
        expect(chunked.sentenceTransfers).toEqual(sentenceTransferStatistics(cases, period));
        expect(chunked.pending).toEqual(pendingCasesByStage(cases, asOf));
      }),
      { numRuns: 40 },
    );
  });

  it('lists, for every figure counting cases, exactly as many cases as the figure says', () => {
    fc.assert(
      fc.property(fc.array(caseFileArbitrary(), { maxLength: 20 }), (cases) => {
        const figures = dashboardInChunks(cases, []);
        for (const row of figures.returnRate.byNationality) {
          for (const measure of ['returnDecisions', 'effectiveReturns', 'voluntaryReturns', 'forcedReturns', 'returnsInPeriod'] as const) {
            expect(matching(cases, { figure: 'returnRate', measure, grouping: 'nationality', group: row.group })).toBe(row[measure]);
          }
        }
        for (const row of figures.returnRate.byRoute)
          expect(matching(cases, { figure: 'returnRate', measure: 'returnDecisions', grouping: 'route', group: row.group })).toBe(row.returnDecisions);
        for (const measure of ['periodsEnded', 'leftInTime', 'absconded', 'suspended'] as const)
          expect(matching(cases, { figure: 'departure', measure })).toBe(figures.departure[measure]);
        for (const measure of ['openCases', 'vulnerableCases', 'withMinorChildren'] as const)
          expect(matching(cases, { figure: 'vulnerable', measure })).toBe(figures.vulnerable[measure]);
        for (const [category, count] of Object.entries(figures.vulnerable.byCategory))
          expect(matching(cases, { figure: 'vulnerable', measure: 'vulnerableCases', category })).toBe(count);
        expect(matching(cases, { figure: 'detention', measure: 'detainedOn' })).toBe(figures.detention.detainedOn);
        expect(matching(cases, { figure: 'deadlines', measure: 'overdue' })).toBe(figures.deadlines.casesWithOverdue);
        expect(matching(cases, { figure: 'deadlines', measure: 'dueSoon' })).toBe(figures.deadlines.casesWithDueWithinWindow);
        for (const row of figures.pending) expect(matching(cases, { figure: 'pending', stage: row.stage })).toBe(row.open);
        const overview = custodyTransferOverview(cases, asOf);
        for (const measure of [
          'inCustody',
          'noRightOfResidence',
          'residenceUnknown',
          'transferEligible',
          'transferNeedsReview',
          'transferNotEligible',
          'readmissionRoute',
        ] as const) {
          expect(matching(cases, { figure: 'custodyTransfer', measure })).toBe(overview.total[measure]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('lists, for figures counting records (requests, episodes, deadlines), at most as many cases as records and none when there are none', () => {
    fc.assert(
      fc.property(fc.array(caseFileArbitrary(), { maxLength: 20 }), (cases) => {
        const figures = dashboardInChunks(cases, []);
        for (const row of figures.readmission) {
          for (const measure of ['sent', 'accepted', 'deemedAccepted', 'rejected', 'pending', 'overdue', 'withdrawn'] as const) {
            const listed = matching(cases, { figure: 'readmission', measure, requestedState: row.requestedState });
            expect(listed).toBeLessThanOrEqual(row[measure]);
            expect(listed > 0).toBe(row[measure] > 0);
          }
        }
        for (const row of figures.deadlines.byKind) {
          const listed = matching(cases, { figure: 'deadlines', measure: 'overdue', kind: row.kind });
          expect(listed).toBeLessThanOrEqual(row.overdue);
          expect(listed > 0).toBe(row.overdue > 0);
        }
        const episodes = matching(cases, { figure: 'detention', measure: 'episodesEnded' });
        expect(episodes).toBeLessThanOrEqual(figures.detention.episodesEnded);
        expect(episodes > 0).toBe(figures.detention.episodesEnded > 0);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the training workspace: a trainer's dashboard counts the demo cases, and only those", () => {
  it('gives for demo cases the figures the live workspace gives for the same cases as real ones', () => {
    fc.assert(
      fc.property(fc.array(caseFileArbitrary(), { maxLength: 15 }), (cases) => {
        const flipped = cases.map((caseFile) => ({ ...caseFile, training: !caseFile.training }));
        const training = createDashboardAccumulator(period, asOf, undefined, 'training');
        training.add(flipped);
        const live = createDashboardAccumulator(period, asOf);
        live.add(cases);
        expect({ ...training.result(), workspace: 'live' }).toEqual(live.result());
        for (const [index, caseFile] of flipped.entries()) {
          const original = cases[index];
          if (original === undefined) continue;
          expect(caseMatchesFigure(caseFile, { figure: 'pending' }, { ...context, workspace: 'training' })).toBe(
            caseMatchesFigure(original, { figure: 'pending' }, context),
          );
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('figure keys by hand', () => {
  const deemed = buildCaseFile({
    reference: 'RC-2026-000010',
    readmissionRequests: [
      buildReadmissionRequest({ status: 'DEEMED_ACCEPTED', sentOn: '2026-10-12', receivedOn: '2026-10-13', deemedAcceptedOn: '2026-10-28' }),
    ],
  });
  const accepted = buildCaseFile({
    reference: 'RC-2026-000011',
    readmissionRequests: [
      buildReadmissionRequest({ status: 'ACCEPTED', sentOn: '2026-10-01', receivedOn: '2026-10-02', reply: { outcome: 'accepted', receivedOn: '2026-10-08' } }),
    ],
  });
  const training = { ...deemed, reference: 'RC-2026-000012', training: true };
  const cases = [deemed, accepted, training];

  it.each([
    [{ figure: 'readmission', measure: 'deemedAccepted' }, ['RC-2026-000010']],
    [{ figure: 'readmission', measure: 'accepted', requestedState: 'AL' }, ['RC-2026-000011']],
    [{ figure: 'readmission', measure: 'sent' }, ['RC-2026-000010', 'RC-2026-000011']],
    [{ figure: 'readmission', measure: 'sent', requestedState: 'XK' }, []],
  ] as [FigureKey, string[]][])('%j lists %j', (key, references) => {
    expect(
      cases
        .filter((caseFile) => caseMatchesFigure(caseFile, key, { period: { from: '2026-10-01', to: '2026-11-30' }, asOf }))
        .map((caseFile) => caseFile.reference),
    ).toEqual(references);
  });

  it('survives a trip through JSON (a URL parameter) and refuses an unknown figure', () => {
    const filter = { key: { figure: 'readmission', measure: 'deemedAccepted', requestedState: 'AL' }, period: { from: '2026-10-01', to: '2026-11-30' }, asOf };
    const parsed = FigureFilterSchema.parse(JSON.parse(JSON.stringify(filter)));
    expect(caseMatchesFigureFilter(deemed, parsed)).toBe(true);
    expect(caseMatchesFigureFilter(accepted, parsed)).toBe(false);
    expect(FigureFilterSchema.safeParse({ ...filter, key: { figure: 'secret', measure: 'x' } }).success).toBe(false);
  });
});

describe('deadline figures follow the one due-soon policy (75 % elapsed or the policy days left)', () => {
  // A first detention title (two months, Aliens Act Art. 74/5) started 52 days before the report date.
  const detained = buildCaseFile({ stage: 'DETAINED', detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-10-02' })] });
  const title = caseDeadlines(detained, asOf).find((deadline) => deadline.kind === 'detention_title');

  it('counts a title with more than 7 days left but over 75 % elapsed as due soon', () => {
    expect(title?.daysRemaining).toBeGreaterThan(7);
    expect(title?.elapsedShare).toBeGreaterThanOrEqual(0.75);
    const statistics = deadlineStatistics([detained], asOf);
    expect(statistics.byKind).toContainEqual({ kind: 'detention_title', overdue: 0, dueWithinWindow: 1 });
    expect(caseMatchesFigure(detained, { figure: 'deadlines', measure: 'dueSoon', kind: 'detention_title' }, context)).toBe(true);
  });

  it('does not count a title just started', () => {
    const fresh = buildCaseFile({ stage: 'DETAINED', detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-11-20' })] });
    expect(deadlineStatistics([fresh], asOf).casesWithDueWithinWindow).toBe(0);
    expect(caseMatchesFigure(fresh, { figure: 'deadlines', measure: 'dueSoon' }, context)).toBe(false);
  });
});
