import type { CaseFile } from '../../../../shared/model';
import { nameTokens, normaliseDocumentNumber } from '../../db/foldName';

/** Why an existing case may be the same person. */
export type DuplicateReason = { kind: 'nameAndDateOfBirth'; name: string; dateOfBirth: string } | { kind: 'documentNumber'; number: string };

export interface DuplicateMatch {
  caseId: string;
  reference: string;
  /** The existing case's primary name, as recorded. */
  name: string;
  reasons: DuplicateReason[];
}

export interface DuplicateCandidate {
  names: readonly { familyName: string; givenNames: string }[];
  dateOfBirth: string | undefined;
  documentNumbers: readonly string[];
}

/** The same person's name written differently: same folded words, in any order ("Hoxhë Arbën" = "arben hoxhe"). */
function foldedName(name: { familyName: string; givenNames: string }): string {
  return nameTokens(`${name.familyName} ${name.givenNames}`).sort().join(' ');
}

/**
 * Which existing cases look like the person being taken in: the same folded name (any
 * identity or alias) and the same date of birth, or the same document number. Each match
 * says why, so the caseworker can judge.
 */
export function duplicateMatches(candidate: DuplicateCandidate, existing: readonly CaseFile[]): DuplicateMatch[] {
  const candidateNames = new Set(candidate.names.map(foldedName).filter((name) => name.length > 0));
  const candidateNumbers = new Set(candidate.documentNumbers.map(normaliseDocumentNumber).filter((number) => number.length > 0));
  const matches: DuplicateMatch[] = [];
  const seen = new Set<string>();
  for (const caseFile of existing) {
    if (seen.has(caseFile.id)) continue;
    seen.add(caseFile.id);
    const reasons: DuplicateReason[] = [];
    const dateOfBirth = caseFile.person.dateOfBirth;
    if (dateOfBirth !== undefined && dateOfBirth === candidate.dateOfBirth) {
      const sameName = caseFile.identities.find((identity) => candidateNames.has(foldedName(identity)));
      if (sameName) reasons.push({ kind: 'nameAndDateOfBirth', name: displayName(sameName), dateOfBirth });
    }
    for (const document of caseFile.documents) {
      if (document.number !== undefined && candidateNumbers.has(normaliseDocumentNumber(document.number))) {
        reasons.push({ kind: 'documentNumber', number: document.number });
      }
    }
    if (reasons.length > 0) {
      const primary = caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
      matches.push({ caseId: caseFile.id, reference: caseFile.reference, name: primary ? displayName(primary) : '', reasons });
    }
  }
  return matches;
}

export function displayName(name: { familyName: string; givenNames: string }): string {
  return [name.familyName.toUpperCase(), name.givenNames].filter((part) => part.length > 0).join(' ');
}
