import type { CaseFile, IsoDate, Stage } from '../model';
import { daysBetween } from '../rules/deadlines';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { countsIn, type ReportWorkspace } from './reportPeriod';

/**
 * Age bands for open cases, in days since the case was opened. Office reporting policy,
 * not law: change them here.
 */
export const caseAgeBands = [
  { id: 'up_to_30_days', upToDays: 30 },
  { id: 'up_to_90_days', upToDays: 90 },
  { id: 'up_to_180_days', upToDays: 180 },
  { id: 'up_to_365_days', upToDays: 365 },
  { id: 'over_365_days', upToDays: Number.POSITIVE_INFINITY },
] as const;
export type CaseAgeBand = (typeof caseAgeBands)[number]['id'];

export interface PendingStageRow {
  stage: Stage;
  open: number;
  byAge: Record<CaseAgeBand, number>;
  /** Days since opening of the oldest case at this stage. */
  oldestAgeDays: number;
}

export function ageBandOf(ageDays: number): CaseAgeBand {
  return caseAgeBands.find((band) => ageDays <= band.upToDays)?.id ?? 'over_365_days';
}

/** Whether a case is open on `asOf` (the cohort of the pending figures), and its age in days. */
export function pendingAgeDays(caseFile: CaseFile, asOf: IsoDate, workspace: ReportWorkspace = 'live'): number | undefined {
  if (!countsIn(caseFile, workspace) || caseFile.stage === 'CLOSED' || caseFile.openedOn > asOf) return undefined;
  return daysBetween(caseFile.openedOn, asOf);
}

/**
 * Open cases by stage and age (domain.md §5(e)), chunk by chunk, suspended and absconded
 * included as stages of their own. Cohort: non-training cases opened on or before `asOf`
 * and not closed; age = days from `openedOn` to `asOf`.
 */
export function createPendingCasesAccumulator(asOf: IsoDate, workspace: ReportWorkspace = 'live'): CaseAccumulator<PendingStageRow[]> {
  const rows = new Map<Stage, PendingStageRow>();
  return {
    add(cases) {
      for (const caseFile of cases) {
        const age = pendingAgeDays(caseFile, asOf, workspace);
        if (age === undefined) continue;
        const row = rows.get(caseFile.stage) ?? {
          stage: caseFile.stage,
          open: 0,
          byAge: { up_to_30_days: 0, up_to_90_days: 0, up_to_180_days: 0, up_to_365_days: 0, over_365_days: 0 },
          oldestAgeDays: 0,
        };
        row.open += 1;
        row.byAge[ageBandOf(age)] += 1;
        row.oldestAgeDays = Math.max(row.oldestAgeDays, age);
        rows.set(caseFile.stage, row);
      }
    },
    result() {
      return [...rows.values()].map((row) => ({ ...row, byAge: { ...row.byAge } })).sort((a, b) => a.stage.localeCompare(b.stage));
    },
  };
}

/** Open cases by stage and age over an array of cases (see `createPendingCasesAccumulator`). */
export function pendingCasesByStage(cases: readonly CaseFile[], asOf: IsoDate): PendingStageRow[] {
  return accumulate(createPendingCasesAccumulator(asOf), cases);
}
