import type { CaseFile, IsoDate } from '../model';
import { dueSoonPolicy as referenceDueSoonPolicy, type DueSoonPolicy } from '../reference';
import { caseDeadlines, underPolicy, type Deadline, type DeadlineKind } from '../rules/deadlines';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { countsIn, type ReportWorkspace } from './reportPeriod';

export interface DeadlineKindRow {
  kind: DeadlineKind;
  overdue: number;
  /** Due soon under the office's one due-soon policy (shared/reference/deadlinePolicy.ts), not yet met. */
  dueWithinWindow: number;
}

export interface DeadlineStatistics {
  /** The policy's days (a deadline is also due soon once its elapsed share is reached). */
  windowDays: number;
  policy: DueSoonPolicy;
  /** Cases with at least one overdue deadline. */
  casesWithOverdue: number;
  /** Cases with at least one deadline due soon. */
  casesWithDueWithinWindow: number;
  byKind: DeadlineKindRow[];
}

/** Whether a deadline is overdue or due soon (the counts a case can fall in). */
export type DeadlineMeasure = 'overdue' | 'dueSoon';

/**
 * The open action deadlines of a counted, open case on `asOf`, each overdue or due soon
 * under the one due-soon policy (shared/rules/deadlines/dueSoon.ts); running ones are left
 * out. The one place the rule is written: the accumulator and `caseMatchesFigure` read it.
 */
export function urgentDeadlines(
  caseFile: CaseFile,
  asOf: IsoDate,
  policy: DueSoonPolicy = referenceDueSoonPolicy,
  workspace: ReportWorkspace = 'live',
): { deadline: Deadline; measure: DeadlineMeasure }[] {
  if (!countsIn(caseFile, workspace) || caseFile.stage === 'CLOSED') return [];
  return caseDeadlines(caseFile, asOf).flatMap((raw): { deadline: Deadline; measure: DeadlineMeasure }[] => {
    if (raw.nature !== 'action') return [];
    const deadline = underPolicy(raw, policy);
    if (deadline.state === 'overdue') return [{ deadline, measure: 'overdue' }];
    if (deadline.state === 'due_soon') return [{ deadline, measure: 'dueSoon' }];
    return [];
  });
}

/**
 * Timers overdue or due soon across the caseload (domain.md §5(e)), chunk by chunk, from
 * the rules' deadlines of each open, non-training case on `asOf`. Only deadlines that call
 * for an action count (an entry ban simply expiring is not overdue work). "Due soon" is
 * the office's one policy (75 % of the period elapsed or the policy's days left), the
 * same the case list and the case file show; pass the settings' policy to follow them.
 */
export function createDeadlineAccumulator(
  asOf: IsoDate,
  policy: DueSoonPolicy = referenceDueSoonPolicy,
  workspace: ReportWorkspace = 'live',
): CaseAccumulator<DeadlineStatistics> {
  const rows = new Map<DeadlineKind, DeadlineKindRow>();
  let casesWithOverdue = 0;
  let casesWithDueWithinWindow = 0;
  return {
    add(cases) {
      for (const caseFile of cases) {
        const urgent = urgentDeadlines(caseFile, asOf, policy, workspace);
        if (urgent.some((entry) => entry.measure === 'overdue')) casesWithOverdue += 1;
        if (urgent.some((entry) => entry.measure === 'dueSoon')) casesWithDueWithinWindow += 1;
        for (const { deadline, measure } of urgent) {
          const row = rows.get(deadline.kind) ?? { kind: deadline.kind, overdue: 0, dueWithinWindow: 0 };
          if (measure === 'overdue') row.overdue += 1;
          else row.dueWithinWindow += 1;
          rows.set(deadline.kind, row);
        }
      }
    },
    result() {
      return {
        windowDays: policy.withinDays,
        policy,
        casesWithOverdue,
        casesWithDueWithinWindow,
        byKind: [...rows.values()].map((row) => ({ ...row })).sort((a, b) => a.kind.localeCompare(b.kind)),
      };
    },
  };
}

/** Deadline figures over an array of cases (see `createDeadlineAccumulator`). */
export function deadlineStatistics(cases: readonly CaseFile[], asOf: IsoDate, policy: DueSoonPolicy = referenceDueSoonPolicy): DeadlineStatistics {
  return accumulate(createDeadlineAccumulator(asOf, policy), cases);
}
