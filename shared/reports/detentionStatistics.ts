import type { CaseFile, DetentionEndReason, IsoDate } from '../model';
import { brusselsDate, daysBetween } from '../rules/deadlines';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { countsIn, inPeriod, median, type ReportPeriod, type ReportWorkspace } from './reportPeriod';

export interface DetentionStatistics {
  /** Detention episodes that ended in the period (titles chained by a refusal to board form one episode). */
  episodesEnded: number;
  /** Episode length in days (first and last day counted). */
  medianLengthDays: number | undefined;
  meanLengthDays: number | undefined;
  maximumLengthDays: number | undefined;
  /** How the episodes ended (removed, released at the maximum, released to an alternative…). */
  byEndReason: Partial<Record<DetentionEndReason, number>>;
  releasesAtMaximum: number;
  /** Refusals to board recorded in the period (each one a removal attempt). */
  refusalsToBoard: number;
  /** Persons detained on `asOf`. */
  detainedOn: number;
}

/** The counts a case can fall in (the figure keys of the case list name these). */
export type DetentionMeasure = 'episodesEnded' | 'releasesAtMaximum' | 'refusalsToBoard' | 'detainedOn';

interface Episode {
  startedOn: IsoDate;
  endedOn: IsoDate | undefined;
  endReason: DetentionEndReason | undefined;
}

/** Joins titles restarted after a refusal to board into one stay in detention. */
function episodesOf(caseFile: CaseFile): Episode[] {
  const episodes: Episode[] = [];
  let open: Episode | undefined;
  for (const period of [...caseFile.detentionPeriods].sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.titleNumber - b.titleNumber)) {
    if (open === undefined) open = { startedOn: period.startedOn, endedOn: period.endedOn, endReason: period.endReason };
    else open = { ...open, endedOn: period.endedOn, endReason: period.endReason };
    if (period.endReason !== 'new_title_after_refusal_to_board') {
      episodes.push(open);
      open = undefined;
    }
  }
  if (open !== undefined) episodes.push(open);
  return episodes;
}

/** What one case adds to the detention figures (the one place the rules are written). */
export function detentionFacts(
  caseFile: CaseFile,
  period: ReportPeriod,
  asOf: IsoDate,
  workspace: ReportWorkspace = 'live',
): { ended: { lengthDays: number; endReason: DetentionEndReason | undefined }[]; refusalsToBoard: number; detainedOn: boolean } {
  if (!countsIn(caseFile, workspace)) return { ended: [], refusalsToBoard: 0, detainedOn: false };
  const ended = episodesOf(caseFile)
    .filter((episode) => inPeriod(episode.endedOn, period))
    .map((episode) => ({ lengthDays: daysBetween(episode.startedOn, episode.endedOn ?? asOf) + 1, endReason: episode.endReason }));
  const refusalsToBoard = (caseFile.returnOperation?.attempts ?? []).filter(
    (attempt) => attempt.outcome === 'refused_to_board' && inPeriod(brusselsDate(attempt.at), period),
  ).length;
  const detainedOn = caseFile.detentionPeriods.some((title) => title.startedOn <= asOf && (title.endedOn === undefined || title.endedOn >= asOf));
  return { ended, refusalsToBoard, detainedOn };
}

/** Whether a case counts in a detention figure. */
export function caseCountsInDetention(
  caseFile: CaseFile,
  measure: DetentionMeasure,
  period: ReportPeriod,
  asOf: IsoDate,
  workspace: ReportWorkspace = 'live',
): boolean {
  const facts = detentionFacts(caseFile, period, asOf, workspace);
  switch (measure) {
    case 'episodesEnded':
      return facts.ended.length > 0;
    case 'releasesAtMaximum':
      return facts.ended.some((episode) => episode.endReason === 'released_at_maximum');
    case 'refusalsToBoard':
      return facts.refusalsToBoard > 0;
    case 'detainedOn':
      return facts.detainedOn;
  }
}

/**
 * Detention figures (domain.md §5(e)), chunk by chunk.
 * - Cohort: detention episodes of non-training cases that ended in the period.
 * - Releases at the maximum: episodes ending "released at maximum" in the period.
 * - Refusals to board: removal attempts with that outcome dated (Brussels) in the period.
 * - Detained on `asOf`: cases with a title running that day.
 * The accumulator keeps one length per ended episode for the median.
 */
export function createDetentionAccumulator(period: ReportPeriod, asOf: IsoDate, workspace: ReportWorkspace = 'live'): CaseAccumulator<DetentionStatistics> {
  const lengths: number[] = [];
  const byEndReason: Partial<Record<DetentionEndReason, number>> = {};
  let refusalsToBoard = 0;
  let detainedOn = 0;
  return {
    add(cases) {
      for (const caseFile of cases) {
        const facts = detentionFacts(caseFile, period, asOf, workspace);
        for (const episode of facts.ended) {
          lengths.push(episode.lengthDays);
          if (episode.endReason !== undefined) byEndReason[episode.endReason] = (byEndReason[episode.endReason] ?? 0) + 1;
        }
        refusalsToBoard += facts.refusalsToBoard;
        if (facts.detainedOn) detainedOn += 1;
      }
    },
    result() {
      return {
        episodesEnded: lengths.length,
        medianLengthDays: median(lengths),
        meanLengthDays: lengths.length === 0 ? undefined : lengths.reduce((sum, value) => sum + value, 0) / lengths.length,
        maximumLengthDays: lengths.length === 0 ? undefined : lengths.reduce((max, value) => Math.max(max, value), 0),
        byEndReason: { ...byEndReason },
        releasesAtMaximum: byEndReason.released_at_maximum ?? 0,
        refusalsToBoard,
        detainedOn,
      };
    },
  };
}

/** Detention figures over an array of cases (see `createDetentionAccumulator`). */
export function detentionStatistics(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate): DetentionStatistics {
  return accumulate(createDetentionAccumulator(period, asOf), cases);
}
