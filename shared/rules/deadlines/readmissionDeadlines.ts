import { explain } from '../../explanations';
import type { CaseFile, ReadmissionRequest, TransitRequest } from '../../model';
import { readmissionAgreementFor, readmissionAgreements, returnPeriods, type CalendarDate, type LegalPeriod, type ReadmissionAgreement } from '../../reference';
import { addCalendarDays, daysBetween, endOfPeriod, laterOf } from './calendarArithmetic';
import { buildDeadline, type Deadline } from './deadline';

/** The agreement a request is made under: its recorded id, else the agreement with the requested state. */
export function agreementOfRequest(request: Pick<ReadmissionRequest, 'agreementId' | 'requestedState'>): ReadmissionAgreement | undefined {
  const byId = Object.values(readmissionAgreements).find((agreement) => agreement.id === request.agreementId);
  return byId ?? readmissionAgreementFor(request.requestedState);
}

/** The reply period for this request: the accelerated one where the request uses it and the agreement has one. */
export function replyPeriodFor(request: Pick<ReadmissionRequest, 'procedure'>, agreement: ReadmissionAgreement): LegalPeriod {
  return request.procedure === 'accelerated' && agreement.acceleratedReplyPeriod ? agreement.acceleratedReplyPeriod : agreement.replyPeriod;
}

/** The reply that answers the current dispatch (a reply older than the latest receipt answered an earlier one). */
function currentReply(request: ReadmissionRequest): ReadmissionRequest['reply'] {
  if (!request.reply || !request.receivedOn) return undefined;
  return request.reply.receivedOn >= request.receivedOn ? request.reply : undefined;
}

export type ReadmissionReplyStatus =
  | { state: 'no_agreement' }
  /** Not sent, withdrawn, or its receipt by the requested state is not recorded: no clock runs. */
  | { state: 'not_received' }
  | { state: 'awaiting_reply'; dueDate: CalendarDate; agreementId: string }
  | { state: 'replied'; outcome: 'accepted' | 'rejected' | 'info_requested'; repliedOn: CalendarDate; dueDate: CalendarDate }
  /** Silence past the reply deadline counts as acceptance from the day after it (EU–Albania RA Art. 10). */
  | { state: 'deemed_accepted'; dueDate: CalendarDate; deemedAcceptedOn: CalendarDate; legalBasis: string }
  /** The deadline passed and the agreement does not treat silence as acceptance. */
  | { state: 'reply_overdue'; dueDate: CalendarDate };

/** Last day for the requested state to reply: receipt + the agreement's reply period. */
export function readmissionReplyDueDate(request: ReadmissionRequest): CalendarDate | undefined {
  const agreement = agreementOfRequest(request);
  if (!agreement || !request.receivedOn) return undefined;
  return endOfPeriod(request.receivedOn, replyPeriodFor(request, agreement));
}

/**
 * Where the reply to a readmission request stands today. The workflow uses it to move a
 * silent request to DEEMED_ACCEPTED on the day after the reply deadline.
 */
export function readmissionReplyStatus(request: ReadmissionRequest, today: CalendarDate): ReadmissionReplyStatus {
  const agreement = agreementOfRequest(request);
  if (!agreement) return { state: 'no_agreement' };
  if (request.deemedAcceptedOn && request.receivedOn) {
    return {
      state: 'deemed_accepted',
      dueDate: endOfPeriod(request.receivedOn, replyPeriodFor(request, agreement)),
      deemedAcceptedOn: request.deemedAcceptedOn,
      legalBasis: agreement.silenceMeansAcceptance.legalBasis,
    };
  }
  if (request.status === 'DRAFT' || request.status === 'WITHDRAWN' || !request.receivedOn) return { state: 'not_received' };
  const dueDate = endOfPeriod(request.receivedOn, replyPeriodFor(request, agreement));
  const reply = currentReply(request);
  if (reply && reply.receivedOn <= dueDate) return { state: 'replied', outcome: reply.outcome, repliedOn: reply.receivedOn, dueDate };
  if (today <= dueDate && !reply) return { state: 'awaiting_reply', dueDate, agreementId: agreement.id };
  // Past the deadline without a timely reply (a late reply does not undo a deemed acceptance).
  if (today > dueDate || reply) {
    if (agreement.silenceMeansAcceptance.value) {
      return { state: 'deemed_accepted', dueDate, deemedAcceptedOn: addCalendarDays(dueDate, 1), legalBasis: agreement.silenceMeansAcceptance.legalBasis };
    }
    return { state: 'reply_overdue', dueDate };
  }
  return { state: 'awaiting_reply', dueDate, agreementId: agreement.id };
}

/** The date the request was accepted, explicitly or by silence, if it was by `today`. */
export function readmissionAcceptedOn(request: ReadmissionRequest, today: CalendarDate): CalendarDate | undefined {
  const status = readmissionReplyStatus(request, today);
  if (status.state === 'deemed_accepted') return status.deemedAcceptedOn <= today ? status.deemedAcceptedOn : undefined;
  if (status.state === 'replied' && status.outcome === 'accepted') return status.repliedOn;
  return undefined;
}

export function readmissionReplyDeadline(request: ReadmissionRequest, asOf: CalendarDate): Deadline | undefined {
  const agreement = agreementOfRequest(request);
  if (!agreement || !request.receivedOn || request.status === 'DRAFT' || request.status === 'WITHDRAWN') return undefined;
  const status = readmissionReplyStatus(request, asOf);
  const dueDate = endOfPeriod(request.receivedOn, replyPeriodFor(request, agreement));
  const metOn = status.state === 'replied' ? status.repliedOn : status.state === 'deemed_accepted' ? status.deemedAcceptedOn : null;
  return buildDeadline({
    kind: 'readmission_reply',
    record: { type: 'readmission_request', id: request.id },
    label: 'Reply to the readmission request',
    startDate: request.receivedOn,
    dueDate,
    period: replyPeriodFor(request, agreement),
    legalBasis: replyPeriodFor(request, agreement).legalBasis,
    verified: replyPeriodFor(request, agreement).verified,
    metOn,
    ...(agreement.silenceMeansAcceptance.value ? { consequence: 'deadlines.readmission_reply.consequence.deemedAccepted' as const } : {}),
    asOf,
  });
}

/** Days of recorded obstacles on or after `from`, overlaps merged; an open obstacle runs to `asOf`. */
export function obstacleDays(obstacles: ReadmissionRequest['transferObstacles'], from: CalendarDate, asOf: CalendarDate): number {
  const intervals = obstacles
    .map((obstacle) => ({ start: laterOf(obstacle.from, from), end: obstacle.to ?? asOf }))
    .filter((interval) => interval.end >= interval.start)
    .sort((a, b) => a.start.localeCompare(b.start));
  let total = 0;
  let covered: CalendarDate | undefined;
  for (const interval of intervals) {
    const start = covered && covered >= interval.start ? addCalendarDays(covered, 1) : interval.start;
    if (interval.end >= start) {
      total += daysBetween(start, interval.end) + 1;
      covered = interval.end;
    }
  }
  return total;
}

/** Transfer within the agreement's period after (deemed) acceptance, extended by recorded obstacles. */
export function readmissionTransferWindowDeadline(request: ReadmissionRequest, asOf: CalendarDate): Deadline | undefined {
  const agreement = agreementOfRequest(request);
  const acceptedOn = readmissionAcceptedOn(request, asOf);
  if (!agreement || !acceptedOn) return undefined;
  const baseDue = endOfPeriod(acceptedOn, agreement.transferPeriod);
  const extension = agreement.transferExtendableByObstacles.value ? obstacleDays(request.transferObstacles, acceptedOn, asOf) : 0;
  return buildDeadline({
    kind: 'readmission_transfer_window',
    record: { type: 'readmission_request', id: request.id },
    label: 'Transfer after acceptance',
    ...(extension > 0 ? { note: explain('deadlines.readmission_transfer_window.extendedByObstacles', { days: extension }) } : {}),
    startDate: acceptedOn,
    dueDate: addCalendarDays(baseDue, extension),
    period: agreement.transferPeriod,
    legalBasis: agreement.transferPeriod.legalBasis,
    verified: agreement.transferPeriod.verified,
    metOn: request.executedOn ?? null,
    asOf,
  });
}

/** The requesting state takes the person back if the conditions prove unmet within this period after transfer. */
export function wrongfulReadmissionDeadline(request: ReadmissionRequest, asOf: CalendarDate): Deadline | undefined {
  const agreement = agreementOfRequest(request);
  const period = agreement?.wrongfulReadmissionPeriod;
  if (!period || !request.executedOn) return undefined;
  return buildDeadline({
    kind: 'wrongful_readmission',
    record: { type: 'readmission_request', id: request.id },
    label: 'Readmission by mistake can be raised until',
    startDate: request.executedOn,
    dueDate: endOfPeriod(request.executedOn, period),
    period,
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: null,
    nature: 'expiry',
    asOf,
  });
}

/** The travel document must be used before it expires (laissez-passer: usually 6 months). */
export function laissezPasserDeadline(request: ReadmissionRequest, asOf: CalendarDate): Deadline | undefined {
  const document = request.travelDocument;
  if (!document) return undefined;
  const period = agreementOfRequest(request)?.travelDocumentValidity ?? returnPeriods.laissezPasserValidity;
  return buildDeadline({
    kind: 'laissez_passer_validity',
    record: { type: 'readmission_request', id: request.id },
    // The date printed on the document prevails over the usual validity.
    label: 'Travel document valid until',
    startDate: document.issuedOn,
    dueDate: document.validUntil,
    period,
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: request.executedOn && request.executedOn <= document.validUntil ? request.executedOn : null,
    asOf,
  });
}

/** A request for a third-country national must be sent within the agreement's limit of learning of the irregular stay. */
export function thirdCountryNationalRequestDeadline(
  caseFile: Pick<CaseFile, 'residencyHistory'>,
  request: ReadmissionRequest,
  asOf: CalendarDate,
): Deadline | undefined {
  if (request.subject === 'own_national') return undefined;
  const agreement = agreementOfRequest(request);
  const period = agreement?.thirdCountryNationalRequestLimit;
  const knownOn = caseFile.residencyHistory
    .map((status) => status.irregularStayKnownOn)
    .filter((date): date is string => date !== undefined)
    .sort()[0];
  if (!period || !knownOn) return undefined;
  // The limit runs on while recorded legal or factual obstacles last (EU–Albania RA Art. 10(1)).
  const extension = agreement?.requestLimitExtendableByObstacles?.value === true ? obstacleDays(request.requestObstacles ?? [], knownOn, asOf) : 0;
  return buildDeadline({
    kind: 'third_country_national_request',
    record: { type: 'readmission_request', id: request.id },
    label: 'Send the request for a third-country national',
    ...(extension > 0 ? { note: explain('deadlines.third_country_national_request.extendedByObstacles', { days: extension }) } : {}),
    startDate: knownOn,
    dueDate: addCalendarDays(endOfPeriod(knownOn, period), extension),
    period,
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: request.sentOn ?? null,
    asOf,
  });
}

/** Reply to a transit request, where the agreement sets a transit period. */
export function transitReplyDeadline(request: TransitRequest, asOf: CalendarDate): Deadline | undefined {
  const agreement = Object.values(readmissionAgreements).find((candidate) => candidate.id === request.agreementId);
  const period = agreement?.transitReplyPeriod;
  if (!period || !request.receivedOn || request.status === 'draft' || request.status === 'withdrawn') return undefined;
  return buildDeadline({
    kind: 'transit_reply',
    record: { type: 'transit_request', id: request.id },
    label: 'Reply to the transit request',
    startDate: request.receivedOn,
    dueDate: endOfPeriod(request.receivedOn, period),
    period,
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: request.repliedOn ?? null,
    asOf,
  });
}
