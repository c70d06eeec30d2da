import type { CaseFile, SentenceTransfer } from '../../model';
import { fd2008909Deadlines, transferInstruments, type CalendarDate } from '../../reference';
import { endOfPeriod, startOfPeriodEndingOn } from './calendarArithmetic';
import { buildDeadline, type Deadline } from './deadline';

/**
 * Sentence timers: the expected end, the last day a transfer request can arrive with the
 * minimum remainder (end − 6 months, ETS 112 Art. 3(1)(c)), and the conditional release date.
 */
export function sentenceDeadlines(caseFile: Pick<CaseFile, 'custody' | 'sentenceTransfers'>, asOf: CalendarDate): Deadline[] {
  const custody = caseFile.custody;
  if (!custody) return [];
  const record = { type: 'custody' as const, id: custody.id };
  const start = custody.sentenceStart ?? custody.judgmentDate;
  const released = custody.releasedOn ?? null;
  const deadlines: Deadline[] = [];
  if (start && custody.expectedEnd && custody.expectedEnd >= start) {
    deadlines.push(
      buildDeadline({
        kind: 'sentence_end',
        record,
        label: 'Expected end of sentence',
        startDate: start,
        dueDate: custody.expectedEnd,
        period: null,
        legalBasis: 'Judgment (sentence imposed)',
        verified: true,
        metOn: released,
        nature: 'expiry',
        asOf,
      }),
    );
    const minimum = transferInstruments.ets_112.minimumRemainingSentence;
    if (minimum && custody.sentence?.kind === 'determinate') {
      const lastArrival = startOfPeriodEndingOn(custody.expectedEnd, minimum);
      const arrivedOn = caseFile.sentenceTransfers
        .map((transfer) => transfer.requestReceivedOn)
        .filter((date): date is string => date !== undefined && date <= lastArrival)
        .sort()[0];
      if (lastArrival >= start) {
        deadlines.push(
          buildDeadline({
            kind: 'sentence_transfer_request_arrival',
            record,
            label: 'Last day for a transfer request to arrive with the minimum remainder',
            startDate: start,
            dueDate: lastArrival,
            period: minimum,
            legalBasis: minimum.legalBasis,
            verified: minimum.verified,
            metOn: arrivedOn ?? null,
            asOf,
          }),
        );
      }
    }
  }
  if (start && custody.conditionalReleaseDate && custody.conditionalReleaseDate >= start) {
    deadlines.push(
      buildDeadline({
        kind: 'conditional_release',
        record,
        label: 'Conditional release possible from',
        startDate: start,
        dueDate: custody.conditionalReleaseDate,
        period: null,
        legalBasis: 'Law of 17 May 2006 on the external legal status of sentenced persons',
        verified: false,
        metOn: released,
        nature: 'expiry',
        asOf,
      }),
    );
  }
  return deadlines;
}

/** FD 2008/909 limits: indicative in case law, so they warn (`blocking: false`) and never block. */
export function fd2008909TransferDeadlines(transfer: SentenceTransfer, asOf: CalendarDate): Deadline[] {
  if (transfer.instrument !== 'FD_2008_909') return [];
  const record = { type: 'sentence_transfer' as const, id: transfer.id };
  const deadlines: Deadline[] = [];
  const { recognitionDecision, transferAfterFinalDecision } = fd2008909Deadlines;
  if (transfer.requestReceivedOn) {
    deadlines.push(
      buildDeadline({
        kind: 'fd_2008_909_recognition',
        record,
        label: 'Executing state decides on recognition (indicative)',
        startDate: transfer.requestReceivedOn,
        dueDate: endOfPeriod(transfer.requestReceivedOn, recognitionDecision),
        period: { ...recognitionDecision },
        legalBasis: recognitionDecision.legalBasis,
        verified: recognitionDecision.verified,
        metOn: transfer.decidedOn ?? null,
        blocking: false,
        asOf,
      }),
    );
  }
  if (transfer.decidedOn && (transfer.status === 'accepted' || transfer.status === 'transferred')) {
    deadlines.push(
      buildDeadline({
        kind: 'fd_2008_909_transfer',
        record,
        label: 'Transfer after the final decision (indicative)',
        startDate: transfer.decidedOn,
        dueDate: endOfPeriod(transfer.decidedOn, transferAfterFinalDecision),
        period: { ...transferAfterFinalDecision },
        legalBasis: transferAfterFinalDecision.legalBasis,
        verified: transferAfterFinalDecision.verified,
        metOn: transfer.transferredOn ?? null,
        blocking: false,
        asOf,
      }),
    );
  }
  return deadlines;
}
