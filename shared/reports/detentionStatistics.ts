import type { CaseFile, DetentionEndReason, IsoDate } from '../model';
import { brusselsDate, daysBetween } from '../rules/deadlines';
import { countedCases, inPeriod, median, type ReportPeriod } from './reportPeriod';

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

/**
 * Detention figures (domain.md §5(e)).
 * - Cohort: detention episodes of non-training cases that ended in the period.
 * - Releases at the maximum: episodes ending "released at maximum" in the period.
 * - Refusals to board: removal attempts with that outcome dated (Brussels) in the period.
 * - Detained on `asOf`: cases with a title running that day.
 */
export function detentionStatistics(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate): DetentionStatistics {
  const counted = countedCases(cases);
  const ended = counted.flatMap(episodesOf).filter((episode) => inPeriod(episode.endedOn, period));
  const lengths = ended.map((episode) => daysBetween(episode.startedOn, episode.endedOn ?? asOf) + 1);
  const byEndReason: Partial<Record<DetentionEndReason, number>> = {};
  for (const episode of ended) {
    if (episode.endReason !== undefined) byEndReason[episode.endReason] = (byEndReason[episode.endReason] ?? 0) + 1;
  }
  const refusalsToBoard = counted
    .flatMap((caseFile) => caseFile.returnOperation?.attempts ?? [])
    .filter((attempt) => attempt.outcome === 'refused_to_board' && inPeriod(brusselsDate(attempt.at), period)).length;
  const detainedOn = counted.filter((caseFile) => caseFile.detentionPeriods.some((title) => title.startedOn <= asOf && (title.endedOn === undefined || title.endedOn >= asOf))).length;
  return {
    episodesEnded: ended.length,
    medianLengthDays: median(lengths),
    meanLengthDays: lengths.length === 0 ? undefined : lengths.reduce((sum, value) => sum + value, 0) / lengths.length,
    maximumLengthDays: lengths.length === 0 ? undefined : Math.max(...lengths),
    byEndReason,
    releasesAtMaximum: byEndReason.released_at_maximum ?? 0,
    refusalsToBoard,
    detainedOn,
  };
}
