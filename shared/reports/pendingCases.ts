import type { CaseFile, IsoDate, Stage } from '../model';
import { daysBetween } from '../rules/deadlines';
import { countedCases } from './reportPeriod';

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

/**
 * Open cases by stage and age (domain.md §5(e)), suspended and absconded included as
 * stages of their own. Cohort: non-training cases opened on or before `asOf` and not
 * closed; age = days from `openedOn` to `asOf`.
 */
export function pendingCasesByStage(cases: readonly CaseFile[], asOf: IsoDate): PendingStageRow[] {
  const rows = new Map<Stage, PendingStageRow>();
  for (const caseFile of countedCases(cases)) {
    if (caseFile.stage === 'CLOSED' || caseFile.openedOn > asOf) continue;
    const age = daysBetween(caseFile.openedOn, asOf);
    const row = rows.get(caseFile.stage) ?? { stage: caseFile.stage, open: 0, byAge: { up_to_30_days: 0, up_to_90_days: 0, up_to_180_days: 0, up_to_365_days: 0, over_365_days: 0 }, oldestAgeDays: 0 };
    row.open += 1;
    row.byAge[ageBandOf(age)] += 1;
    row.oldestAgeDays = Math.max(row.oldestAgeDays, age);
    rows.set(caseFile.stage, row);
  }
  return [...rows.values()].sort((a, b) => a.stage.localeCompare(b.stage));
}
