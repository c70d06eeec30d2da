import type { CaseFile, IsoDate } from '../model';
import { dueWithinDaysForStatistics } from '../reference';
import { caseDeadlines, type DeadlineKind } from '../rules/deadlines';
import { countedCases } from './reportPeriod';

export interface DeadlineKindRow {
  kind: DeadlineKind;
  overdue: number;
  /** Due from `asOf` to `asOf` + the statistics window (reference: 7 days), not yet met. */
  dueWithinWindow: number;
}

export interface DeadlineStatistics {
  windowDays: number;
  /** Cases with at least one overdue deadline. */
  casesWithOverdue: number;
  casesWithDueWithinWindow: number;
  byKind: DeadlineKindRow[];
}

/**
 * Timers overdue or due soon across the caseload (domain.md §5(e)), from the rules'
 * deadlines of each open, non-training case on `asOf`. Only deadlines that call for an
 * action count (an entry ban simply expiring is not overdue work).
 */
export function deadlineStatistics(cases: readonly CaseFile[], asOf: IsoDate): DeadlineStatistics {
  const rows = new Map<DeadlineKind, DeadlineKindRow>();
  let casesWithOverdue = 0;
  let casesWithDueWithinWindow = 0;
  for (const caseFile of countedCases(cases)) {
    if (caseFile.stage === 'CLOSED') continue;
    const open = caseDeadlines(caseFile, asOf).filter((deadline) => deadline.nature === 'action' && deadline.state !== 'met');
    const overdue = open.filter((deadline) => deadline.state === 'overdue');
    const dueSoon = open.filter((deadline) => deadline.state !== 'overdue' && deadline.daysRemaining >= 0 && deadline.daysRemaining <= dueWithinDaysForStatistics);
    if (overdue.length > 0) casesWithOverdue += 1;
    if (dueSoon.length > 0) casesWithDueWithinWindow += 1;
    for (const deadline of overdue) {
      const row = rows.get(deadline.kind) ?? { kind: deadline.kind, overdue: 0, dueWithinWindow: 0 };
      rows.set(deadline.kind, { ...row, overdue: row.overdue + 1 });
    }
    for (const deadline of dueSoon) {
      const row = rows.get(deadline.kind) ?? { kind: deadline.kind, overdue: 0, dueWithinWindow: 0 };
      rows.set(deadline.kind, { ...row, dueWithinWindow: row.dueWithinWindow + 1 });
    }
  }
  return { windowDays: dueWithinDaysForStatistics, casesWithOverdue, casesWithDueWithinWindow, byKind: [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind)) };
}
