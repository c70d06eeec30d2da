import type { CaseFile, IsoDate, ReadmissionRequest, ReadmissionStatus } from '../../model';
import { agreementOfRequest, readmissionTransferWindowDeadline } from '../../rules/deadlines';
import { term, terms, type MessageKey } from '../../explanations';
import type { CaseGuard, UnmetCondition } from '../types';
import { say, unmet } from './condition';

/** The messages for "no request in these statuses", each saying what to do instead. */
export type NoRequestMessage = Extract<MessageKey, `unmet.no_request_${string}`>;

/** The reference agreement a request was made under (the rules' lookup: recorded id, else the requested state). */
export const agreementOf = agreementOfRequest;

/** Last day to transfer after (deemed) acceptance, extended by recorded obstacles: the rules' transfer-window deadline. */
export function readmissionTransferLastDay(request: ReadmissionRequest, today: IsoDate): IsoDate | undefined {
  return readmissionTransferWindowDeadline(request, today)?.dueDate;
}

/** There is a request in one of these statuses (the action's input picks which one). */
export function readmissionRequestIn(statuses: readonly ReadmissionStatus[], whatToDo: NoRequestMessage): CaseGuard {
  return {
    id: `readmission_request_${statuses.join('_').toLowerCase()}`,
    factual: true,
    check: ({ caseFile }) =>
      caseFile.readmissionRequests.some((request) => statuses.includes(request.status))
        ? []
        : [
            unmet(
              'readmission_request_status',
              say(whatToDo, { statuses: terms('readmissionStatus', statuses, 'or') }),
              'The readmission agreement with the requested state and its implementing protocol (request procedure)',
            ),
          ],
  };
}

/** Finds the request an action names and checks its status; every problem is reported. */
export function requestForAction(
  caseFile: CaseFile,
  requestId: string,
  statuses: readonly ReadmissionStatus[],
): { request: ReadmissionRequest | undefined; unmet: UnmetCondition[] } {
  const request = caseFile.readmissionRequests.find((candidate) => candidate.id === requestId);
  if (request === undefined)
    return {
      request,
      unmet: [
        unmet(
          'readmission_request_exists',
          say('unmet.readmission_request_exists'),
          'The readmission agreement with the requested state and its implementing protocol (request procedure)',
        ),
      ],
    };
  if (!statuses.includes(request.status)) {
    return {
      request,
      unmet: [
        unmet(
          'readmission_request_status',
          say('unmet.readmission_request_status', { status: term('readmissionStatus', request.status), statuses: terms('readmissionStatus', statuses, 'or') }),
          'The readmission agreement with the requested state and its implementing protocol (request procedure)',
        ),
      ],
    };
  }
  return { request, unmet: [] };
}
