import type { CaseFile } from '../../../../shared/model';
import { nameKeysMatch, nameSearchKeys, typedWords, type NameMatchTier } from '../../../../shared/search/nameSearchKeys';
import { normaliseDocumentNumber } from '../../db/foldName';

/**
 * How two dates of birth agree: the same date; day and month swapped (03/07 against 07/03,
 * the commonest slip between European and other documents); or within a year of each other
 * when either is an estimate (an age assessment records a year, often as 1 January).
 */
export type DateOfBirthAgreement = 'same' | 'swappedDayMonth' | 'estimated';

/** Why an existing case may be the same person. */
export type DuplicateReason =
  | { kind: 'nameAndDateOfBirth'; name: string; dateOfBirth: string; nameMatch: NameMatchTier; dateOfBirthMatch: DateOfBirthAgreement }
  | { kind: 'documentNumber'; number: string };

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
  /** The candidate's date of birth is an estimate (age assessment). */
  dateOfBirthEstimated?: boolean;
  documentNumbers: readonly string[];
}

const fullName = (name: { familyName: string; givenNames: string }) => `${name.familyName} ${name.givenNames}`;

/** Whole years between two YYYY-MM-DD dates, rounded down. */
function yearsApart(a: string, b: string): number {
  const [early, late] = a < b ? [a, b] : [b, a];
  const years = Number(late.slice(0, 4)) - Number(early.slice(0, 4));
  return late.slice(5) < early.slice(5) ? years - 1 : years;
}

/** How two dates of birth agree (see DateOfBirthAgreement), or undefined when they do not. */
export function dateOfBirthAgreement(candidate: string, existing: string, eitherEstimated: boolean): DateOfBirthAgreement | undefined {
  if (candidate === existing) return 'same';
  const [year, month, day] = candidate.split('-');
  if (year && month && day && day !== month && Number(day) <= 12 && `${year}-${day}-${month}` === existing) return 'swappedDayMonth';
  if (eitherEstimated && yearsApart(candidate, existing) < 1) return 'estimated';
  return undefined;
}

const tierRank: Readonly<Record<NameMatchTier, number>> = { exact: 0, prefix: 1, phonetic: 2, fuzzy: 3, infix: 4 };

/** A part found inside a name ("oxha" in HOXHA) finds a case in the search box, but says nothing about being the same person. */
const duplicateTiers: ReadonlySet<NameMatchTier> = new Set(['exact', 'prefix', 'phonetic', 'fuzzy']);

/**
 * Which existing cases look like the person being taken in: a name that matches (any
 * identity or alias: exactly, by sound as "Hoxa" and "HOXHA", or within a typing mistake,
 * as the case search matches) with a date of birth that agrees (same, day and month swapped,
 * or close when estimated), or the same document number. Each match says why, so the
 * caseworker can judge. Every word of the typed name must match: a given name typed must
 * be the existing person's too.
 */
export function duplicateMatches(candidate: DuplicateCandidate, existing: readonly CaseFile[]): DuplicateMatch[] {
  const candidateNames = candidate.names.map((name) => typedWords(fullName(name))).filter((words) => words.length > 0);
  const candidateNumbers = new Set(candidate.documentNumbers.map(normaliseDocumentNumber).filter((number) => number.length > 0));
  const matches: DuplicateMatch[] = [];
  const seen = new Set<string>();
  for (const caseFile of existing) {
    if (seen.has(caseFile.id)) continue;
    seen.add(caseFile.id);
    const reasons: DuplicateReason[] = [];
    const dateOfBirth = caseFile.person.dateOfBirth;
    const birth =
      dateOfBirth !== undefined && candidate.dateOfBirth !== undefined
        ? dateOfBirthAgreement(candidate.dateOfBirth, dateOfBirth, Boolean(candidate.dateOfBirthEstimated) || caseFile.person.dateOfBirthEstimated)
        : undefined;
    if (birth && dateOfBirth !== undefined) {
      let best: { identity: (typeof caseFile.identities)[number]; tier: NameMatchTier } | undefined;
      for (const identity of caseFile.identities) {
        const keys = nameSearchKeys([fullName(identity)]);
        for (const words of candidateNames) {
          const tier = nameKeysMatch(words, keys);
          if (tier !== undefined && duplicateTiers.has(tier) && (!best || tierRank[tier] < tierRank[best.tier])) best = { identity, tier };
        }
      }
      if (best) reasons.push({ kind: 'nameAndDateOfBirth', name: displayName(best.identity), dateOfBirth, nameMatch: best.tier, dateOfBirthMatch: birth });
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
