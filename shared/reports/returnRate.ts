import type { CaseFile, IsoDate, OrderToLeaveDecision } from '../model';
import { brusselsDate } from '../rules/deadlines';
import { groupBy, groupOf, type CaseGrouping } from './caseGrouping';
import { countedCases, inPeriod, share, type ReportPeriod } from './reportPeriod';

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
 * Return rate = effective returns ÷ return decisions (domain.md §5(e)).
 * - Cohort: non-training cases whose first order to leave was decided in the period.
 * - Effective return: the person of the cohort left (see `effectiveReturn`) on or after that
 *   decision and on or before `asOf`; returns after `asOf` are not yet known.
 * - Groups: by best-evidenced nationality, by route or by office, as the case stands on `asOf`.
 * The flow figure `returnsInPeriod` counts departures dated in the period, whatever the
 * decision date, so recent cohorts do not look worse than they are.
 */
export function returnRate(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate, grouping: CaseGrouping = 'all'): ReturnRateRow[] {
  const counted = countedCases(cases);
  const rows = new Map<string, ReturnRateRow>();
  const row = (group: string): ReturnRateRow => {
    const existing = rows.get(group);
    if (existing) return existing;
    const created: ReturnRateRow = { group, returnDecisions: 0, effectiveReturns: 0, voluntaryReturns: 0, forcedReturns: 0, returnRate: undefined, returnsInPeriod: 0 };
    rows.set(group, created);
    return created;
  };
  for (const [group, members] of groupBy(counted, (caseFile) => groupOf(caseFile, grouping))) {
    for (const caseFile of members) {
      const decision = firstReturnDecision(caseFile);
      const left = effectiveReturn(caseFile);
      if (left !== undefined && inPeriod(left.on, period) && left.on <= asOf) row(group).returnsInPeriod += 1;
      if (decision === undefined || !inPeriod(decision.decidedOn, period)) continue;
      const target = row(group);
      target.returnDecisions += 1;
      if (left !== undefined && left.on >= decision.decidedOn && left.on <= asOf) {
        target.effectiveReturns += 1;
        if (left.kind === 'voluntary') target.voluntaryReturns += 1;
        else target.forcedReturns += 1;
      }
    }
  }
  return [...rows.values()].map((result) => ({ ...result, returnRate: share(result.effectiveReturns, result.returnDecisions) })).sort((a, b) => a.group.localeCompare(b.group));
}
