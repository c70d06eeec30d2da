import type { CaseFile, IsoDate, ReadmissionRequest, ReadmissionStatus } from '../../model';
import { readmissionAgreements, type ReadmissionAgreement } from '../../reference';
import { daysBetween, periodEnd } from './legalCalendar';
import type { CaseGuard, UnmetCondition } from '../types';
import { unmet } from './condition';

/** The reference agreement a request was made under, if the id is known. */
export function agreementOf(request: Pick<ReadmissionRequest, 'agreementId'>): ReadmissionAgreement | undefined {
  return Object.values(readmissionAgreements).find((agreement) => agreement.id === request.agreementId);
}

/** Last day for the requested state to reply: receipt + the agreement's reply period (EU–Albania RA Art. 10(2): 14 calendar days). */
export function readmissionReplyLastDay(request: ReadmissionRequest): IsoDate | undefined {
  const agreement = agreementOf(request);
  if (agreement === undefined || request.receivedOn === undefined) return undefined;
  const period = request.procedure === 'accelerated' && agreement.acceleratedReplyPeriod !== null ? agreement.acceleratedReplyPeriod : agreement.replyPeriod;
  return periodEnd(request.receivedOn, period);
}

/** When acceptance (explicit or by silence) happened: the transfer window runs from it. */
export function readmissionAcceptedOn(request: ReadmissionRequest): IsoDate | undefined {
  if (request.deemedAcceptedOn !== undefined) return request.deemedAcceptedOn;
  return request.reply?.outcome === 'accepted' ? request.reply.receivedOn : undefined;
}

/**
 * Last day to transfer: acceptance + the agreement's transfer period, extended by the days
 * recorded obstacles lasted (EU–Albania RA Art. 10(2)–(3)).
 */
export function readmissionTransferLastDay(request: ReadmissionRequest, today: IsoDate): IsoDate | undefined {
  const agreement = agreementOf(request);
  const acceptedOn = readmissionAcceptedOn(request);
  if (agreement === undefined || acceptedOn === undefined) return undefined;
  const base = periodEnd(acceptedOn, agreement.transferPeriod);
  if (!agreement.transferExtendableByObstacles.value) return base;
  const obstacleDays = request.transferObstacles.reduce((total, obstacle) => total + Math.max(0, daysBetween(obstacle.from, obstacle.to ?? today) + 1), 0);
  return periodEnd(base, { amount: obstacleDays, unit: 'calendar_days' });
}

/** There is a request in one of these statuses (the action's input picks which one). */
export function readmissionRequestIn(statuses: readonly ReadmissionStatus[], whatToDo: string): CaseGuard {
  return {
    id: `readmission_request_${statuses.join('_').toLowerCase()}`,
    factual: true,
    check: ({ caseFile }) =>
      caseFile.readmissionRequests.some((request) => statuses.includes(request.status))
        ? []
        : [unmet('readmission_request_status', `No readmission request is ${statuses.map((status) => status.toLowerCase().replace(/_/g, ' ')).join(' or ')}: ${whatToDo}`, 'Readmission agreement procedure (domain.md §5(b))')],
  };
}

/** Finds the request an action names and checks its status; every problem is reported. */
export function requestForAction(caseFile: CaseFile, requestId: string, statuses: readonly ReadmissionStatus[]): { request: ReadmissionRequest | undefined; unmet: UnmetCondition[] } {
  const request = caseFile.readmissionRequests.find((candidate) => candidate.id === requestId);
  if (request === undefined) return { request, unmet: [unmet('readmission_request_exists', 'The readmission request was not found on this case.', 'Readmission agreement procedure (domain.md §5(b))')] };
  if (!statuses.includes(request.status)) {
    return { request, unmet: [unmet('readmission_request_status', `The readmission request is ${request.status.toLowerCase().replace(/_/g, ' ')}; this step applies to a request that is ${statuses.map((status) => status.toLowerCase().replace(/_/g, ' ')).join(' or ')}.`, 'Readmission agreement procedure (domain.md §5(b))')] };
  }
  return { request, unmet: [] };
}
