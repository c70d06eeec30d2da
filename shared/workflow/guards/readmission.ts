import type { CaseFile, IsoDate, ReadmissionRequest, ReadmissionStatus } from '../../model';
import { agreementOfRequest, readmissionTransferWindowDeadline } from '../../rules/deadlines';
import type { CaseGuard, UnmetCondition } from '../types';
import { unmet } from './condition';

/** The reference agreement a request was made under (the rules' lookup: recorded id, else the requested state). */
export const agreementOf = agreementOfRequest;

/** Last day to transfer after (deemed) acceptance, extended by recorded obstacles: the rules' transfer-window deadline. */
export function readmissionTransferLastDay(request: ReadmissionRequest, today: IsoDate): IsoDate | undefined {
  return readmissionTransferWindowDeadline(request, today)?.dueDate;
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
