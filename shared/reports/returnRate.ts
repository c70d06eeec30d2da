import type { CaseFile, IsoDate, OrderToLeaveDecision } from '../model';
import { brusselsDate } from '../rules/deadlines';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { groupOf, type CaseGrouping } from './caseGrouping';
import { countsIn, inPeriod, share, type ReportPeriod, type ReportWorkspace } from './reportPeriod';

export interface ReturnRateRow {
  group: string;
  /** Cohort size: cases whose first return decision falls in the period. */
  returnDecisions: number;
  /** Of the cohort, persons who effectively left by the report date. */
  effectiveReturns: number;
  voluntaryReturns: number;
  forcedReturns: number;
  /** effectiveReturns ÷ returnDecisions; undefined when there is no decision. */
  returnRate: number | undefined;
  /** Flow view: effective returns dated in the period, whatever the decision date (IRMA/Eurostat style). */
  returnsInPeriod: number;
}

/** The counts of a row a case can fall in (the figure keys of the case list name these). */
export type ReturnRateMeasure = 'returnDecisions' | 'effectiveReturns' | 'voluntaryReturns' | 'forcedReturns' | 'returnsInPeriod';

/** The first order to leave on file: the cohort date of a case. */
function firstReturnDecision(caseFile: CaseFile): OrderToLeaveDecision | undefined {
  return caseFile.decisions
    .filter((decision): decision is OrderToLeaveDecision => decision.type === 'order_to_leave')
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))
    .at(0);
}

/**
 * When and how the person effectively left: a recorded departure (voluntary or forced
 * return operation), or a transfer of the sentenced person to the state of nationality.
 * Dublin transfers are not returns (they go to another Member State) and are not counted.
 */
export function effectiveReturn(caseFile: CaseFile): { on: IsoDate; kind: 'voluntary' | 'forced' } | undefined {
  const operation = caseFile.returnOperation;
  if (operation?.departedAt !== undefined) return { on: brusselsDate(operation.departedAt), kind: operation.kind };
  const transferred = caseFile.sentenceTransfers.find((transfer) => transfer.status === 'transferred' && transfer.transferredOn !== undefined);
  if (transferred?.transferredOn !== undefined) return { on: transferred.transferredOn, kind: 'forced' };
  return undefined;
}

/**
 * The measures a case counts in (the one place the rule is written; the accumulator and
 * `caseMatchesFigure` both read it). Training cases count in none.
 */
export function returnRateMeasures(caseFile: CaseFile, period: ReportPeriod, asOf: IsoDate, workspace: ReportWorkspace = 'live'): Set<ReturnRateMeasure> {
  const measures = new Set<ReturnRateMeasure>();
  if (!countsIn(caseFile, workspace)) return measures;
  const decision = firstReturnDecision(caseFile);
  const left = effectiveReturn(caseFile);
  if (left !== undefined && inPeriod(left.on, period) && left.on <= asOf) measures.add('returnsInPeriod');
  if (decision === undefined || !inPeriod(decision.decidedOn, period)) return measures;
  measures.add('returnDecisions');
  if (left !== undefined && left.on >= decision.decidedOn && left.on <= asOf) {
    measures.add('effectiveReturns');
    measures.add(left.kind === 'voluntary' ? 'voluntaryReturns' : 'forcedReturns');
  }
  return measures;
}

/**
 * Return rate = effective returns ÷ return decisions (domain.md §5(e)), chunk by chunk.
 * - Cohort: non-training cases whose first order to leave was decided in the period.
 * - Effective return: the person of the cohort left (see `effectiveReturn`) on or after that
 *   decision and on or before `asOf`; returns after `asOf` are not yet known.
 * - Groups: by best-evidenced nationality, by route or by office, as the case stands on `asOf`.
 * The flow figure `returnsInPeriod` counts departures dated in the period, whatever the
 * decision date, so recent cohorts do not look worse than they are.
 */
export function createReturnRateAccumulator(
  period: ReportPeriod,
  asOf: IsoDate,
  grouping: CaseGrouping = 'all',
  workspace: ReportWorkspace = 'live',
): CaseAccumulator<ReturnRateRow[]> {
  const rows = new Map<string, ReturnRateRow>();
  return {
    add(cases) {
      for (const caseFile of cases) {
        const measures = returnRateMeasures(caseFile, period, asOf, workspace);
        if (measures.size === 0) continue;
        const group = groupOf(caseFile, grouping);
        const row = rows.get(group) ?? {
          group,
          returnDecisions: 0,
          effectiveReturns: 0,
          voluntaryReturns: 0,
          forcedReturns: 0,
          returnRate: undefined,
          returnsInPeriod: 0,
        };
        for (const measure of measures) row[measure] += 1;
        rows.set(group, row);
      }
    },
    result() {
      return [...rows.values()]
        .map((row) => ({ ...row, returnRate: share(row.effectiveReturns, row.returnDecisions) }))
        .sort((a, b) => a.group.localeCompare(b.group));
    },
  };
}

/** Return rate over an array of cases (see `createReturnRateAccumulator`). */
export function returnRate(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate, grouping: CaseGrouping = 'all'): ReturnRateRow[] {
  return accumulate(createReturnRateAccumulator(period, asOf, grouping), cases);
}
