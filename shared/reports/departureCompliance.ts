import type { CaseFile, IsoDate } from '../model';
import { voluntaryDepartureDeadline } from '../rules/deadlines';
import { effectiveReturn } from './returnRate';
import { countedCases, inPeriod, share, type ReportPeriod } from './reportPeriod';

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

/**
 * Departure-period compliance, absconding and suspension (domain.md §5(e)).
 * Cohort: current orders to leave of non-training cases with a departure period whose
 * last day (the rules' voluntary departure deadline) falls in the period and not after `asOf`.
 */
export function departureCompliance(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate): DepartureCompliance {
  const counted = countedCases(cases);
  let periodsEnded = 0;
  let leftInTime = 0;
  for (const caseFile of counted) {
    const deadline = voluntaryDepartureDeadline(caseFile, asOf);
    if (deadline === undefined || deadline.period?.amount === 0 || !inPeriod(deadline.dueDate, period) || deadline.dueDate > asOf) continue;
    periodsEnded += 1;
    const left = effectiveReturn(caseFile);
    if (left !== undefined && left.kind === 'voluntary' && left.on <= deadline.dueDate) leftInTime += 1;
  }
  return {
    periodsEnded,
    leftInTime,
    complianceRate: share(leftInTime, periodsEnded),
    absconded: counted.filter((caseFile) => caseFile.stage === 'ABSCONDED').length,
    suspended: counted.filter((caseFile) => caseFile.stage === 'SUSPENDED').length,
  };
}
