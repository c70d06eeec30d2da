import { z } from 'zod';
import { IsoDateSchema, type CaseFile, type IsoDate } from '../model';

/**
 * A reporting period: calendar dates in Europe/Brussels, both ends included. Every report
 * says which date of a record places it in the period (its cohort date).
 */
export const ReportPeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((period) => period.from <= period.to, 'The period must end on or after its start');
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

export function inPeriod(date: IsoDate | undefined, period: ReportPeriod): date is IsoDate {
  return date !== undefined && date >= period.from && date <= period.to;
}

/** Training (demo) cases never count in statistics. */
export function countedCases(cases: readonly CaseFile[]): CaseFile[] {
  return cases.filter((caseFile) => !caseFile.training);
}

/**
 * Which workspace a report is made in. The live workspace's figures never count a demo
 * case; the training workspace holds only demo cases, and a trainer's dashboard there
 * counts exactly those.
 */
export type ReportWorkspace = 'live' | 'training';

/** Whether a case counts in a report made in `workspace`. */
export function countsIn(caseFile: CaseFile, workspace: ReportWorkspace): boolean {
  return caseFile.training === (workspace === 'training');
}

/** The middle value (mean of the two middle values for an even count); undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  const lower = sorted[middle - 1];
  if (upper === undefined) return undefined;
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}

/** A share as a fraction 0–1; undefined when there is nothing to divide by (never a misleading 0). */
export function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}
