import type { CaseFile, IsoDate } from '../../model';
import { forcedReturnDestination, pendingSuspensiveAppeals, readmissionRequestsIn } from '../caseFacts';
import type { CaseGuard } from '../types';
import { say, unmet } from './condition';

export const noPendingSuspensiveAppeal: CaseGuard = {
  id: 'no_pending_suspensive_appeal',
  factual: false,
  check: ({ caseFile }) => {
    const pending = pendingSuspensiveAppeals(caseFile);
    return pending.length > 0
      ? [
          unmet(
            'no_pending_suspensive_appeal',
            say('unmet.no_pending_suspensive_appeal', { appeals: pending.map((appeal) => `${appeal.court}, ${appeal.lodgedOn}`).join('; ') }),
            'Directive 2008/115/EC Art. 13(2); Aliens Act Art. 39/79',
          ),
        ]
      : [];
  },
};

/** Without a forced return decision the destination is unknown, so destination-based guards cannot be met. */
const destinationUnknown = unmet('forced_return_decided', say('unmet.forced_return_decided'), 'Directive 2008/115/EC Art. 8');

export const forcedReturnDecided: CaseGuard = {
  id: 'forced_return_decided',
  factual: true,
  check: ({ caseFile }) => (forcedReturnDestination(caseFile) === undefined ? [destinationUnknown] : []),
};

export const nonRefoulementCleared: CaseGuard = {
  id: 'non_refoulement_cleared',
  factual: true,
  check: ({ caseFile }) => {
    const destination = forcedReturnDestination(caseFile);
    if (destination === undefined) return [destinationUnknown];
    const latest = caseFile.nonRefoulementAssessments
      .filter((assessment) => assessment.destinationCountry === destination)
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
      .at(-1);
    if (latest === undefined)
      return [unmet('non_refoulement_cleared', say('unmet.non_refoulement_missing', { destination }), 'Directive 2008/115/EC Art. 5; ECHR Art. 3')];
    if (latest.outcome !== 'cleared')
      return [
        unmet(
          'non_refoulement_cleared',
          say(latest.outcome === 'risk_identified' ? 'unmet.non_refoulement_risk_identified' : 'unmet.non_refoulement_under_review', {
            destination,
            date: latest.assessedOn,
          }),
          'Directive 2008/115/EC Art. 5; ECHR Art. 3',
        ),
      ];
    return [];
  },
};

export const fitToTravel: CaseGuard = {
  id: 'fit_to_travel',
  factual: true,
  check: ({ caseFile, today }) => {
    const latest = [...caseFile.fitnessAssessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).at(-1);
    const basis = 'Directive 2008/115/EC Arts. 5(c) and 9(2)(a)';
    if (latest === undefined) return [unmet('fit_to_travel', say('unmet.fit_to_travel_missing'), basis)];
    if (latest.outcome === 'unfit') return [unmet('fit_to_travel', say('unmet.fit_to_travel_unfit', { date: latest.assessedOn }), basis)];
    if (latest.validUntil !== undefined && latest.validUntil < today)
      return [unmet('fit_to_travel', say('unmet.fit_to_travel_expired', { date: latest.validUntil }), basis)];
    return [];
  },
};

/**
 * A valid passport of the destination whose authenticity is not doubted (a document
 * recorded as false or suspected false cannot carry a removal, as in the forced-return
 * assessment), or an accepted readmission with a travel document to come or issued.
 */
export function travelDocumentAvailable(caseFile: CaseFile, destination: string, today: IsoDate): boolean {
  const passport = caseFile.documents.some(
    (document) =>
      document.type === 'passport' &&
      document.form === 'original' &&
      document.issuingCountry === destination &&
      document.authenticity !== 'false' &&
      document.authenticity !== 'suspected_false' &&
      document.validUntil !== undefined &&
      document.validUntil >= today,
  );
  const readmission = readmissionRequestsIn(caseFile, ['ACCEPTED', 'DEEMED_ACCEPTED', 'TD_ISSUED']).some(
    (request) => request.requestedState === destination && (request.travelDocument === undefined || request.travelDocument.validUntil >= today),
  );
  return passport || readmission;
}

export const travelDocumentOrReadmission: CaseGuard = {
  id: 'travel_document_or_readmission',
  factual: true,
  check: ({ caseFile, today }) => {
    const destination = forcedReturnDestination(caseFile);
    if (destination === undefined) return [destinationUnknown];
    return travelDocumentAvailable(caseFile, destination, today)
      ? []
      : [
          unmet(
            'travel_document_or_readmission',
            say('unmet.travel_document_or_readmission', { destination }),
            'Directive 2008/115/EC Art. 8; EU–Albania readmission agreement Arts. 2 and 10',
          ),
        ];
  },
};
