import type { CaseFile } from '../../../../shared/model';
import { nextDeadline, type Deadline, type DeadlineKind } from '../../../../shared/rules';
import type { EligibilitySection } from './eligibilityView';

/**
 * Deadlines that only look ahead to a route no request has opened yet: the last day a transfer
 * request can arrive with the minimum remainder. Deadlines of a request on file (Dublin,
 * readmission, FD 2008/909) belong to a route already taken and always count.
 */
const prospectiveRoute: Partial<Readonly<Record<DeadlineKind, EligibilitySection['id']>>> = {
  sentence_transfer_request_arrival: 'transfer',
};

/** The route exists: an instrument applies to it (the rules found a legal basis). */
function routeOpen(sections: readonly EligibilitySection[], id: EligibilitySection['id']): boolean {
  const section = sections.find((candidate) => candidate.id === id);
  return section !== undefined && section.assessment.basis !== null;
}

/**
 * The deadline the header announces as "Next": the rules' most urgent open deadline, leaving out
 * those of a route that is not open (no instrument links Belgium with the state), which would
 * announce a step that cannot be taken.
 */
export function headerDeadline(caseFile: CaseFile, today: string, sections: readonly EligibilitySection[]): Deadline | undefined {
  const closed = (Object.entries(prospectiveRoute) as [DeadlineKind, EligibilitySection['id']][])
    .filter(([, route]) => !routeOpen(sections, route))
    .map(([kind]) => kind);
  return nextDeadline(caseFile, today, closed);
}
