import { establishedNationalities } from '../caseFacts';
import type { CaseGuard } from '../types';
import { officeProcedure, unmet } from './condition';

export const nationalityEvidenceBasis = 'EU–Albania readmission agreement Arts. 2 and 9, Annex I (proof) and Annex II (prima facie); Benelux–Kosovo agreement (same lists)';

/** A case is about a named person: at least one identity, one of them primary. */
export const identityRecorded: CaseGuard = {
  id: 'identity_recorded',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.identities.some((identity) => identity.primary)
      ? []
      : [unmet('identity_recorded', 'No primary identity is recorded: enter the name the person uses (as declared or read from a document) and mark it primary.', officeProcedure)],
};

/** Leaving identification needs a nationality established by proof or prima facie evidence (domain.md §5(b)). */
export const nationalityEstablished: CaseGuard = {
  id: 'nationality_established',
  factual: true,
  check: ({ caseFile }) =>
    establishedNationalities(caseFile).length > 0
      ? []
      : [
          unmet(
            'nationality_established',
            'No nationality is established: record proof (e.g. an original passport or identity card) or prima facie evidence (e.g. a copy, a birth certificate, a language test) and set the nationality to proven or prima facie.',
            nationalityEvidenceBasis,
          ),
        ],
};
