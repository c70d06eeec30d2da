import type { CaseFile } from '../../../shared/model/caseFile';
import { nameSearchKeys } from '../../../shared/search/nameSearchKeys';
import { numberTailKeys } from '../../../shared/search/numberTails';
import { normaliseDocumentNumber, normaliseReference } from './foldName';

/**
 * What the `caseKeys` table stores for each case (schema v9): the search keys of its names,
 * reference and document numbers, in multi-entry indexes, beside the case row rather than in
 * it. IndexedDB rewrites every index entry of a row on every put, and these are most of a
 * case's entries (about 30 of 40: each name word, its phonetic key and tails, each tail of the
 * reference and document numbers). A workflow action changes the stage, dates or decisions,
 * not the names or numbers: kept apart, its write leaves them alone (at 100,000 cases the
 * action's write went from about 12 ms to about 4 ms, tests/bench/README.md). Written only
 * where they change (caseRowWrite.ts); read by the search (caseSearch.ts, sealedCaseSearch.ts),
 * which takes the ids from here and the cases from `cases`.
 *
 * In a sealed store the three key lists hold tokens and `numbers` goes (sealedCaseRow.ts).
 */
export interface CaseSearchKeys {
  /** The case's id (the primary key, as in `cases`). */
  id: string;
  /** Name search keys of every identity, primary and aliases: folded words, phonetic keys, tails (shared/search). */
  nameKeys: string[];
  /** Every tail of four characters or more of the reference and of each document number (shared/search/numberTails.ts). */
  numberTails: string[];
  /** Normalised numbers of every document on file. */
  documentNumbers: string[];
  /** The reference and document numbers as recorded, which the sealing turns into tokens; absent once sealed. */
  numbers?: { reference: string; documents: string[] };
  /** The data key a sealed row's tokens are keyed under; absent in clear. */
  keyId?: string;
}

/** The name index keys of a case: one derivation for every write and the upgrades (nameSearchKeys, shared/search). */
export function nameKeysOf(caseFile: Pick<CaseFile, 'identities'>): string[] {
  return nameSearchKeys(caseFile.identities.map((identity) => `${identity.familyName} ${identity.givenNames}`));
}

function documentNumbersAsRecorded(caseFile: Pick<CaseFile, 'documents'>): string[] {
  return caseFile.documents.flatMap((document) => (document.number ? [document.number] : []));
}

/** The number tail keys of a case: its reference and document numbers (numberTailKeys, shared/search). */
export function numberTailsOf(caseFile: Pick<CaseFile, 'reference' | 'documents'>): string[] {
  return numberTailKeys([caseFile.reference, ...documentNumbersAsRecorded(caseFile)]);
}

export function caseSearchKeysOf(caseFile: Pick<CaseFile, 'id' | 'reference' | 'identities' | 'documents'>): CaseSearchKeys {
  const documents = documentNumbersAsRecorded(caseFile);
  const numbers = new Set<string>();
  for (const number of documents) {
    const normalised = normaliseDocumentNumber(number);
    if (normalised) numbers.add(normalised);
  }
  return {
    id: caseFile.id,
    nameKeys: nameKeysOf(caseFile),
    numberTails: numberTailsOf(caseFile),
    documentNumbers: [...numbers],
    numbers: { reference: normaliseReference(caseFile.reference), documents },
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

type SearchedFacts = Pick<CaseFile, 'reference' | 'identities' | 'documents'>;

/**
 * Whether two versions of a case have the same search keys, from what the keys are derived from
 * (every name, the reference, the document numbers) rather than by deriving them twice: a write
 * of the case then leaves its keys row alone.
 */
export function sameSearchKeyFacts(a: SearchedFacts, b: SearchedFacts): boolean {
  const names = (caseFile: SearchedFacts) => caseFile.identities.map((identity) => `${identity.familyName} ${identity.givenNames}`);
  return a.reference === b.reference && sameList(names(a), names(b)) && sameList(documentNumbersAsRecorded(a), documentNumbersAsRecorded(b));
}
