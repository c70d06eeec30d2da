import type { CaseFile, IsoDate, ReadmissionRequest } from '../model';
import { daysBetween, readmissionReplyStatus } from '../rules/deadlines';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { countsIn, inPeriod, median, type ReportPeriod, type ReportWorkspace } from './reportPeriod';

export interface ReadmissionCountryRow {
  requestedState: string;
  sent: number;
  accepted: number;
  deemedAccepted: number;
  rejected: number;
  /** Awaiting a reply (including a request for more information) within the reply period. */
  pending: number;
  /** Reply period over without a reply and not yet recorded as deemed accepted (or silence is not acceptance). */
  overdue: number;
  withdrawn: number;
  /** Median days from receipt by the requested state (or sending, if receipt is not recorded) to an explicit reply. */
  medianReplyDays: number | undefined;
  /** (accepted + deemed accepted) ÷ (accepted + deemed accepted + rejected): an IRMA-like cooperation indicator. */
  acceptanceRate: number | undefined;
}

/** Where a request sent in the period stands on `asOf` (each request has exactly one). */
export type ReadmissionOutcome = 'accepted' | 'deemedAccepted' | 'rejected' | 'pending' | 'overdue' | 'withdrawn';

/** The counts of a row: `sent` or one outcome. */
export type ReadmissionMeasure = 'sent' | ReadmissionOutcome;

function replyDays(request: ReadmissionRequest): number | undefined {
  const start = request.receivedOn ?? request.sentOn;
  if (request.reply === undefined || start === undefined) return undefined;
  return daysBetween(start, request.reply.receivedOn);
}

/**
 * The outcome of one request as on `asOf`, undefined when it was not sent in the period
 * (the one place the rule is written; the accumulator and `caseMatchesFigure` read it).
 */
export function readmissionOutcome(request: ReadmissionRequest, period: ReportPeriod, asOf: IsoDate): ReadmissionOutcome | undefined {
  if (!inPeriod(request.sentOn, period)) return undefined;
  if (request.status === 'WITHDRAWN') return 'withdrawn';
  if (request.deemedAcceptedOn !== undefined || request.status === 'DEEMED_ACCEPTED') return 'deemedAccepted';
  if (request.reply?.outcome === 'accepted') return 'accepted';
  if (request.status === 'REJECTED') return 'rejected';
  const status = readmissionReplyStatus(request, asOf);
  return status.state === 'deemed_accepted' || status.state === 'reply_overdue' ? 'overdue' : 'pending';
}

/** The requests of a counted case sent in the period, with their outcome. */
export function readmissionRequestsInPeriod(
  caseFile: CaseFile,
  period: ReportPeriod,
  asOf: IsoDate,
  workspace: ReportWorkspace = 'live',
): { request: ReadmissionRequest; outcome: ReadmissionOutcome }[] {
  if (!countsIn(caseFile, workspace)) return [];
  return caseFile.readmissionRequests.flatMap((request) => {
    const outcome = readmissionOutcome(request, period, asOf);
    return outcome === undefined ? [] : [{ request, outcome }];
  });
}

/**
 * Readmission requests per requested state (domain.md §5(e)), chunk by chunk.
 * - Cohort: requests of non-training cases sent (latest dispatch) in the period.
 * - Status as on `asOf`: accepted (explicit acceptance, whatever happened next),
 *   deemed accepted (silence past the reply period, recorded or due), rejected, pending
 *   (awaiting reply within the period, or information requested), overdue (reply period
 *   over, no reply, silence not acceptance or not yet recorded), withdrawn.
 * - Median reply days count explicit replies only (deemed acceptances have no reply); the
 *   accumulator keeps one number per explicit reply for the median.
 */
export function createReadmissionAccumulator(
  period: ReportPeriod,
  asOf: IsoDate,
  workspace: ReportWorkspace = 'live',
): CaseAccumulator<ReadmissionCountryRow[]> {
  const rows = new Map<string, { row: ReadmissionCountryRow; days: number[] }>();
  return {
    add(cases) {
      for (const caseFile of cases) {
        for (const { request, outcome } of readmissionRequestsInPeriod(caseFile, period, asOf, workspace)) {
          const entry = rows.get(request.requestedState) ?? {
            row: {
              requestedState: request.requestedState,
              sent: 0,
              accepted: 0,
              deemedAccepted: 0,
              rejected: 0,
              pending: 0,
              overdue: 0,
              withdrawn: 0,
              medianReplyDays: undefined,
              acceptanceRate: undefined,
            },
            days: [],
          };
          entry.row.sent += 1;
          entry.row[outcome] += 1;
          const days = replyDays(request);
          if (days !== undefined) entry.days.push(days);
          rows.set(request.requestedState, entry);
        }
      }
    },
    result() {
      return [...rows.values()]
        .map(({ row, days }) => {
          const decided = row.accepted + row.deemedAccepted + row.rejected;
          return { ...row, medianReplyDays: median(days), acceptanceRate: decided === 0 ? undefined : (row.accepted + row.deemedAccepted) / decided };
        })
        .sort((a, b) => a.requestedState.localeCompare(b.requestedState));
    },
  };
}

/** Readmission statistics over an array of cases (see `createReadmissionAccumulator`). */
export function readmissionStatistics(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate): ReadmissionCountryRow[] {
  return accumulate(createReadmissionAccumulator(period, asOf), cases);
}
