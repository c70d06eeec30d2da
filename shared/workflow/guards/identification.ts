import { establishedNationalities } from '../caseFacts';
import type { CaseGuard } from '../types';
import { officeProcedure, say, unmet } from './condition';

export const nationalityEvidenceBasis =
  'EU–Albania readmission agreement Arts. 2 and 9, Annex I (proof) and Annex II (prima facie); Benelux–Kosovo agreement (same lists)';

/** A case is about a named person: at least one identity, one of them primary. */
export const identityRecorded: CaseGuard = {
  id: 'identity_recorded',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.identities.some((identity) => identity.primary) ? [] : [unmet('identity_recorded', say('unmet.identity_recorded'), officeProcedure)],
};

/** Leaving identification needs a nationality established by proof or prima facie evidence (domain.md §5(b)). */
export const nationalityEstablished: CaseGuard = {
  id: 'nationality_established',
  factual: true,
  check: ({ caseFile }) =>
    establishedNationalities(caseFile).length > 0 ? [] : [unmet('nationality_established', say('unmet.nationality_established'), nationalityEvidenceBasis)],
};
