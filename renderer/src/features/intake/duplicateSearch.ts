import type { Actor, CaseFile } from '../../../../shared/model';
import type { CaseRepository } from '../../db/caseRepository';
import { duplicateMatches, type DuplicateCandidate, type DuplicateMatch } from './duplicateMatches';

/** How many cases each name search reads as candidates: a common name at 100,000 cases has a few hundred namesakes at most, and the date of birth narrows them. */
const CANDIDATES_PER_NAME = 200;

/**
 * The likely duplicates of a person being taken in: the case search (spelling forgiven) for
 * each name and each document number, then duplicateMatches on what it found. Used as the
 * identity step is filled in and again at the final save.
 */
export async function findLikelyDuplicates(repository: CaseRepository, actor: Actor, candidate: DuplicateCandidate): Promise<DuplicateMatch[]> {
  const found: CaseFile[] = [];
  for (const name of candidate.names) {
    const text = `${name.familyName} ${name.givenNames}`.trim();
    if (text) found.push(...(await repository.searchByName(actor, text, CANDIDATES_PER_NAME)).rows.map((row) => row.caseFile));
  }
  for (const number of candidate.documentNumbers) found.push(...(await repository.findByDocumentNumber(actor, number)).rows.map((row) => row.caseFile));
  return duplicateMatches(candidate, found);
}
