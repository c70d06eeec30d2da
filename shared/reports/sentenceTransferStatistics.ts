import type { CaseFile, SentenceTransfer, SentenceTransferStatus, TransferInstrument } from '../model';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { countsIn, inPeriod, type ReportPeriod, type ReportWorkspace } from './reportPeriod';

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

/** Transfer requests of a counted case sent in the period (the one place the cohort is written). */
export function sentenceTransfersInPeriod(caseFile: CaseFile, period: ReportPeriod, workspace: ReportWorkspace = 'live'): SentenceTransfer[] {
  return !countsIn(caseFile, workspace) ? [] : caseFile.sentenceTransfers.filter((transfer) => inPeriod(transfer.requestSentOn, period));
}

/**
 * Transfers of sentenced persons by outcome and consent (domain.md §5(e)), chunk by chunk.
 * Cohort: transfer requests of non-training cases whose request was sent in the period;
 * outcome as currently recorded.
 */
export function createSentenceTransferAccumulator(period: ReportPeriod, workspace: ReportWorkspace = 'live'): CaseAccumulator<SentenceTransferStatistics> {
  const byOutcome: Record<SentenceTransferStatus, number> = { assessing: 0, requested: 0, accepted: 0, refused: 0, transferred: 0, withdrawn: 0 };
  const byInstrument: Partial<Record<TransferInstrument, number>> = {};
  let requested = 0;
  let withoutConsent = 0;
  return {
    add(cases) {
      for (const caseFile of cases) {
        for (const transfer of sentenceTransfersInPeriod(caseFile, period, workspace)) {
          requested += 1;
          byOutcome[transfer.status] += 1;
          byInstrument[transfer.instrument] = (byInstrument[transfer.instrument] ?? 0) + 1;
          if (transfer.withoutConsent) withoutConsent += 1;
        }
      }
    },
    result() {
      return {
        requested,
        byOutcome: { ...byOutcome },
        byConsent: { withConsent: requested - withoutConsent, withoutConsent },
        byInstrument: { ...byInstrument },
        transferred: byOutcome.transferred,
      };
    },
  };
}

/** Sentence-transfer figures over an array of cases (see `createSentenceTransferAccumulator`). */
export function sentenceTransferStatistics(cases: readonly CaseFile[], period: ReportPeriod): SentenceTransferStatistics {
  return accumulate(createSentenceTransferAccumulator(period), cases);
}
