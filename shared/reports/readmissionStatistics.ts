import type { CaseFile, IsoDate, ReadmissionRequest } from '../model';
import { readmissionReplyStatus } from '../rules/deadlines';
import { daysBetween } from '../rules/deadlines';
import { groupBy } from './caseGrouping';
import { countedCases, inPeriod, median, type ReportPeriod } from './reportPeriod';

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

function replyDays(request: ReadmissionRequest): number | undefined {
  const start = request.receivedOn ?? request.sentOn;
  if (request.reply === undefined || start === undefined) return undefined;
  return daysBetween(start, request.reply.receivedOn);
}

/**
 * Readmission requests per requested state (domain.md §5(e)).
 * - Cohort: requests of non-training cases sent (latest dispatch) in the period.
 * - Status as on `asOf`: accepted (explicit acceptance, whatever happened next),
 *   deemed accepted (silence past the reply period, recorded or due), rejected, pending
 *   (awaiting reply within the period, or information requested), overdue (reply period
 *   over, no reply, silence not acceptance or not yet recorded), withdrawn.
 * - Median reply days count explicit replies only (deemed acceptances have no reply).
 */
export function readmissionStatistics(cases: readonly CaseFile[], period: ReportPeriod, asOf: IsoDate): ReadmissionCountryRow[] {
  const requests = countedCases(cases).flatMap((caseFile) => caseFile.readmissionRequests).filter((request) => inPeriod(request.sentOn, period));
  return [...groupBy(requests, (request) => request.requestedState)].map(([requestedState, members]) => {
    const row: ReadmissionCountryRow = { requestedState, sent: members.length, accepted: 0, deemedAccepted: 0, rejected: 0, pending: 0, overdue: 0, withdrawn: 0, medianReplyDays: undefined, acceptanceRate: undefined };
    for (const request of members) {
      if (request.status === 'WITHDRAWN') {
        row.withdrawn += 1;
        continue;
      }
      if (request.deemedAcceptedOn !== undefined || request.status === 'DEEMED_ACCEPTED') {
        row.deemedAccepted += 1;
        continue;
      }
      if (request.reply?.outcome === 'accepted') {
        row.accepted += 1;
        continue;
      }
      if (request.status === 'REJECTED') {
        row.rejected += 1;
        continue;
      }
      const status = readmissionReplyStatus(request, asOf);
      if (status.state === 'deemed_accepted' || status.state === 'reply_overdue') row.overdue += 1;
      else row.pending += 1;
    }
    const days = members.map(replyDays).filter((value): value is number => value !== undefined);
    const decided = row.accepted + row.deemedAccepted + row.rejected;
    return { ...row, medianReplyDays: median(days), acceptanceRate: decided === 0 ? undefined : (row.accepted + row.deemedAccepted) / decided };
  });
}
