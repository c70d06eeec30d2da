import type { CaseFile, SentenceTransferStatus, TransferInstrument } from '../model';
import { countedCases, inPeriod, type ReportPeriod } from './reportPeriod';

export interface SentenceTransferStatistics {
  /** Requests sent in the period. */
  requested: number;
  byOutcome: Record<SentenceTransferStatus, number>;
  /** With the person's consent, or on a without-consent basis (ETS 167, BE–AL, BE–XK, FD 2008/909). */
  byConsent: { withConsent: number; withoutConsent: number };
  byInstrument: Partial<Record<TransferInstrument, number>>;
  /** Of the requests sent in the period, how many persons have been transferred by now. */
  transferred: number;
}

/**
 * Transfers of sentenced persons by outcome and consent (domain.md §5(e)).
 * Cohort: transfer requests of non-training cases whose request was sent in the period;
 * outcome as currently recorded.
 */
export function sentenceTransferStatistics(cases: readonly CaseFile[], period: ReportPeriod): SentenceTransferStatistics {
  const transfers = countedCases(cases).flatMap((caseFile) => caseFile.sentenceTransfers).filter((transfer) => inPeriod(transfer.requestSentOn, period));
  const byOutcome: Record<SentenceTransferStatus, number> = { assessing: 0, requested: 0, accepted: 0, refused: 0, transferred: 0, withdrawn: 0 };
  const byInstrument: Partial<Record<TransferInstrument, number>> = {};
  let withoutConsent = 0;
  for (const transfer of transfers) {
    byOutcome[transfer.status] += 1;
    byInstrument[transfer.instrument] = (byInstrument[transfer.instrument] ?? 0) + 1;
    if (transfer.withoutConsent) withoutConsent += 1;
  }
  return {
    requested: transfers.length,
    byOutcome,
    byConsent: { withConsent: transfers.length - withoutConsent, withoutConsent },
    byInstrument,
    transferred: byOutcome.transferred,
  };
}
