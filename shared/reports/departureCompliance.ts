import type { CaseFile, IsoDate } from '../model';
import { voluntaryDepartureDeadline } from '../rules/deadlines';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { effectiveReturn } from './returnRate';
import { countsIn, inPeriod, share, type ReportPeriod, type ReportWorkspace } from './reportPeriod';

export interface DepartureCompliance {
  /** Orders whose voluntary departure period (at least one day) ended in the period. */
  periodsEnded: number;
  /** Of those, persons who left voluntarily by the last day. */
  leftInTime: number;
  complianceRate: number | undefined;
  /** Cases recorded as absconded on `asOf`. */
  absconded: number;
  /** Cases suspended on `asOf`. */
  suspended: number;
}

/** The counts a case can fall in (the figure keys of the case list name these). */
export type DepartureMeasure = 'periodsEnded' | 'leftInTime' | 'absconded' | 'suspended';

/**
 * The measures a case counts in (the one place the rule is written).
 * Cohort of the compliance rate: current orders to leave of non-training cases with a
 * departure period whose last day (the rules' voluntary departure deadline) falls in the
 * period and not after `asOf`.
 */
export function departureMeasures(caseFile: CaseFile, period: ReportPeriod, asOf: IsoDate, workspace: ReportWorkspace = 'live'): Set<DepartureMeasure> {
  const measures = new Set<DepartureMeasure>();
  if (!countsIn(caseFile, workspace)) return measures;
  if (caseFile.stage === 'ABSCONDED') measures.add('absconded');
  if (caseFile.stage === 'SUSPENDED') measures.add('suspended');
  const deadline = voluntaryDepartureDeadline(caseFile, asOf);
  if (deadline === undefined || deadline.period?.amount === 0 || !inPeriod(deadline.dueDate, period) || deadline.dueDate > asOf) return measures;
  measures.add('periodsEnded');
  const left = effectiveReturn(caseFile);
  if (left !== undefined && left.kind === 'voluntary' && left.on <= deadline.dueDate) measures.add('leftInTime');
  return measures;
}

/** Departure-period compliance, absconding and suspension (domain.md §5(e)), chunk by chunk. */
export function createDepartureComplianceAccumulator(
  period: ReportPeriod,
  asOf: IsoDate,
  workspace: ReportWorkspace = 'live',
): CaseAccumulator<DepartureCompliance> {
  const counts: Record<DepartureMeasure, number> = { periodsEnded: 0, leftInTime: 0, absconded: 0, suspended: 0 };
  return {
    add(cases) {
      for (const caseFile of cases) for (const measure of departureMeasures(caseFile, period, asOf, workspace)) counts[measure] += 1;
    },
    result() {
      return { ...counts, complianceRate: share(counts.leftInTime, counts.periodsEnded) };
    },
  };
}

/** Departure compliance over an array of cases (see `createDepartureComplianceAccumulator`). */
export function departureCompliance(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate): DepartureCompliance {
  return accumulate(createDepartureComplianceAccumulator(period, asOf), cases);
}
