import type { CaseFile } from '../model';

/**
 * A statistic computed chunk by chunk: the store reads cases in key-ordered pages, each
 * page goes to `add`, and `result` gives the figures of every case added so far. At
 * 100,000 cases nothing holds all cases at once; an accumulator keeps counts (and, for
 * medians, the lengths it needs), never the cases.
 */
export interface CaseAccumulator<Result> {
  add(cases: readonly CaseFile[]): void;
  result(): Result;
}

/** The array form of a statistic: one chunk holding every case. */
export function accumulate<Result>(accumulator: CaseAccumulator<Result>, cases: readonly CaseFile[]): Result {
  accumulator.add(cases);
  return accumulator.result();
}
