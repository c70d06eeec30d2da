import type { CaseFile } from '../../model';
import type { CalendarDate } from '../../reference';
import { readmissionAcceptedOn } from '../deadlines/readmissionDeadlines';
import { primaryNationality } from '../nationalityFacts';

/** Where the person would be returned: the forced-return decision, the planned operation, else the best nationality. */
export function returnDestination(caseFile: CaseFile): string | undefined {
  const decided = caseFile.decisions.filter((decision) => decision.type === 'forced_return').at(-1);
  if (decided?.type === 'forced_return') return decided.destinationCountry;
  return caseFile.returnOperation?.destinationCountry ?? primaryNationality(caseFile)?.country;
}

/** A pending appeal with suspensive effect bars removal (RD Art. 13(2); Aliens Act Art. 39/79). */
export function pendingSuspensiveAppeal(caseFile: Pick<CaseFile, 'appeals'>): boolean {
  return caseFile.appeals.some((appeal) => appeal.suspensive && appeal.status === 'pending');
}

export type TravelDocumentSource = 'passport' | 'readmission_travel_document' | 'readmission_accepted';

/**
 * A way to enter the destination: a valid passport of that country, a valid travel
 * document issued on readmission, or an accepted (or deemed accepted) readmission request.
 */
export function travelDocumentFor(
  caseFile: CaseFile,
  destination: string,
  asOf: CalendarDate,
): { source: TravelDocumentSource; validUntil: CalendarDate | null } | { source: 'pending_request' } | undefined {
  const passport = caseFile.documents.find(
    (document) =>
      document.type === 'passport' &&
      document.form === 'original' &&
      document.issuingCountry === destination &&
      document.authenticity !== 'false' &&
      document.authenticity !== 'suspected_false' &&
      document.validUntil !== undefined &&
      document.validUntil >= asOf,
  );
  if (passport) return { source: 'passport', validUntil: passport.validUntil ?? null };
  const requests = caseFile.readmissionRequests.filter((request) => request.requestedState === destination && request.status !== 'WITHDRAWN');
  const issued = requests.find((request) => request.travelDocument && request.travelDocument.validUntil >= asOf);
  if (issued?.travelDocument) return { source: 'readmission_travel_document', validUntil: issued.travelDocument.validUntil };
  if (requests.some((request) => request.status !== 'TRANSFER_WINDOW_EXPIRED' && readmissionAcceptedOn(request, asOf) !== undefined))
    return { source: 'readmission_accepted', validUntil: null };
  if (requests.some((request) => request.status === 'SENT' || request.status === 'INFO_REQUESTED')) return { source: 'pending_request' };
  return undefined;
}
