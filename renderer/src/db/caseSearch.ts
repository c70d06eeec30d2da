import type { CaseFilter } from './caseQuery';
import { matchesCaseFilter } from './caseQuery';
import type { CaseRow } from './caseRow';
import type { ErcmsDatabase } from './database';
import { normaliseDocumentNumber, normaliseReference } from './foldName';
import { numberPartKey } from '../../../shared/search/numberTails';
import { INFIX_MARK, nameKeysMatch, PHONETIC_MARK, typedWords, type TypedWord } from '../../../shared/search/nameSearchKeys';
import { distance } from 'fastest-levenshtein';
import {
  allOf,
  caseMatchKinds,
  DEFAULT_SEARCH_LIMIT,
  EMPTY,
  Matches,
  MIN_INFIX_LENGTH,
  nameMatchKinds,
  type CaseMatchKind,
  type CaseSearchResult,
} from './caseSearchResult';
import { sealedSearchByDocumentNumber, sealedSearchByName, sealedSearchInsideNumbers } from './sealedCaseSearch';
import { offerCasesOfKeys } from './caseKeysRead';
import { nameKeysOf } from './caseSearchKeys';
import { heldRecordKeys } from './workspaceKeyring';

export { caseMatchKinds, DEFAULT_SEARCH_LIMIT, MIN_INFIX_LENGTH, type CaseMatchKind, type CaseSearchResult } from './caseSearchResult';

/**
 * Name search that forgives spelling. Every typed word must match a word of one of the
 * person's names (primary or alias), exactly, as its beginning, by sound (phonetic key:
 * "Hodja" finds "Hoxha"), within one or two typing mistakes ("Berisna"), or inside the word
 * ("oxha" finds "Hoxha"); the result says which, and is ranked so. Four index reads, each
 * only while the result has room:
 * 1. the words starting with the longest typed word (exact keys come first in index order);
 * 2. the rows holding its phonetic key (one key, equality);
 * 3. the distinct words near it: the index's unique keys starting with its first two letters,
 *    or with its first and third, or its second and third (so one mistake in the first three
 *    letters still reaches the word), kept when within the allowed edits; then their rows,
 *    nearest word first (a rare name one letter off before a common one two letters off);
 * 4. the rows holding a tail of a word that begins with it (INFIX_MARK keys: a prefix read).
 * The other typed words are checked on the rows each read yields, as is the list's filter.
 */
export async function searchByName(db: ErcmsDatabase, text: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const keys = heldRecordKeys(db.keyHolder);
  if (keys) return sealedSearchByName(db, keys, text, limit, filter);
  const words = typedWords(text);
  const [leading] = words;
  if (!leading) return EMPTY;
  const found = new Matches(limit);
  const accept = (row: CaseRow): boolean => {
    if (found.has(row.id) || (filter && !matchesCaseFilter(row, filter))) return false;
    const tier = nameKeysMatch(words, nameKeysOf(row.caseFile));
    if (tier === undefined) return false;
    found.add(row, nameMatchKinds[tier]);
    return true;
  };
  const room = () => found.room;
  // Rows are added by `accept` as the walk meets them; a full result stops the walk.
  await offerCasesOfKeys(db, db.caseKeys.where('nameKeys').startsWith(leading.text).distinct(), accept, room);
  if (!found.full && leading.phonetic) {
    await offerCasesOfKeys(db, db.caseKeys.where('nameKeys').equals(leading.phonetic), accept, room);
  }
  if (!found.full && leading.edits > 0) {
    // Nearest words first, one read each, so that a rare name one letter off is not crowded out by a common one two letters off.
    for (const word of await nearWords(db, leading)) {
      if (found.full) break;
      await offerCasesOfKeys(db, db.caseKeys.where('nameKeys').equals(word), accept, room);
    }
  }
  if (!found.full && leading.infix) {
    await offerCasesOfKeys(db, db.caseKeys.where('nameKeys').startsWith(leading.infix).distinct(), accept, room);
  }
  return found.result();
}

/** The distinct stored name words within the word's allowed edits that do not start with it (those the prefix read found), nearest first. */
async function nearWords(db: ErcmsDatabase, word: TypedWord): Promise<string[]> {
  const text = word.text;
  const starts = new Set([text.slice(0, 2), ...(text.length >= 3 ? [`${text[0] ?? ''}${text[2] ?? ''}`, text.slice(1, 3)] : [])]);
  const near = new Map<string, number>();
  for (const start of starts) {
    const keys = await distinctWordsStartingWith(db, start, MAX_NEAR_CANDIDATES);
    for (const key of keys) {
      if (near.has(key) || key.startsWith(PHONETIC_MARK) || key.startsWith(INFIX_MARK) || key.startsWith(text)) continue;
      if (Math.abs(key.length - text.length) > word.edits) continue;
      const edits = distance(key, text);
      if (edits <= word.edits) near.set(key, edits);
    }
  }
  return [...near].sort((a, b) => a[1] - b[1]).map(([key]) => key);
}

/** How many distinct stored words one two-letter start may offer the tolerant match (a bound on its reads). */
const MAX_NEAR_CANDIDATES = 500;

/**
 * The distinct name words starting with `start`, in order, at most `cap`: one keyed read per
 * word, each starting just after the previous one, so a common name's thousands of entries are
 * skipped rather than walked (IndexedDB's "nextunique" cursor walked them: about 1 s for
 * "kr" at 100,000 cases under load). One read-only transaction for all of them.
 */
async function distinctWordsStartingWith(db: ErcmsDatabase, start: string, cap: number): Promise<string[]> {
  return db.transaction('r', db.caseKeys, async () => {
    const words: string[] = [];
    const upper = `${start}\uffff`;
    let lower = start;
    let first = true;
    while (words.length < cap) {
      const [key] = await db.caseKeys.where('nameKeys').between(lower, upper, first, false).limit(1).keys();
      if (typeof key !== 'string') break;
      words.push(key);
      lower = key;
      first = false;
    }
    return words;
  });
}

/** Document numbers match exactly, or by prefix when `prefix` is set, ignoring spaces, dashes and case. */
export async function searchByDocumentNumber(
  db: ErcmsDatabase,
  number: string,
  options: { prefix?: boolean; limit?: number; filter?: CaseFilter } = {},
): Promise<CaseSearchResult> {
  const normalised = normaliseDocumentNumber(number);
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!normalised) return EMPTY;
  const keys = heldRecordKeys(db.keyHolder);
  if (keys) return sealedSearchByDocumentNumber(db, keys, number, { ...options, limit });
  const clause = db.caseKeys.where('documentNumbers');
  // A prefix may match two numbers of one case, hence distinct() (and the ids seen, across reads).
  const collection = options.prefix ? clause.startsWith(normalised).distinct() : clause.equals(normalised);
  const filter = options.filter;
  const rows: CaseRow[] = [];
  const seen = new Set<string>();
  const accept = (row: CaseRow): boolean => {
    if (seen.has(row.id) || (filter && !matchesCaseFilter(row, filter))) return false;
    seen.add(row.id);
    rows.push(row);
    return true;
  };
  await offerCasesOfKeys(db, collection, accept, () => limit + 1 - rows.length);
  return allOf(rows, limit, 'documentNumber');
}

export async function searchByReference(db: ErcmsDatabase, reference: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const normalised = normaliseReference(reference);
  if (!normalised) return EMPTY;
  const collection = db.cases.where('reference').startsWith(normalised);
  return allOf(await (filter ? collection.filter((row) => matchesCaseFilter(row, filter)) : collection).limit(limit + 1).toArray(), limit, 'reference');
}

/**
 * A part of a reference or of a document number, anywhere in it ("000001" in RC-2026-000001,
 * "1234567" in AB12345678): a prefix read of the `numberTails` index, which holds every tail
 * of each value (shared/search/numberTails.ts), for a text of at least MIN_INFIX_LENGTH letters
 * or digits with a digit. The reference's own part first in rank, then a document number's.
 */
export async function searchInsideNumbers(db: ErcmsDatabase, text: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const part = numberPartKey(text);
  if (part.length < MIN_INFIX_LENGTH || !/\d/.test(part)) return EMPTY;
  const found = new Matches(limit);
  let offered = 0;
  const accept = (row: CaseRow): boolean => {
    if (found.has(row.id) || (filter && !matchesCaseFilter(row, filter))) return false;
    found.add(row, numberPartKey(row.reference).includes(part) ? 'referencePart' : 'documentNumberPart');
    offered += 1;
    return true;
  };
  await offerCasesOfKeys(db, db.caseKeys.where('numberTails').startsWith(part).distinct(), accept, () => limit + 1 - offered);
  // In a sealed store the tails in clear are the reference's only; a document number's parts are tokens.
  const keys = heldRecordKeys(db.keyHolder);
  if (keys && !found.full) await sealedSearchInsideNumbers(db, keys, part, found, filter);
  return found.result();
}

/**
 * The search box: one text, matched as a case reference, a document number (exactly or as
 * their beginning), as a name (ranked exact, prefix, phonetic, fuzzy, inside a word), and,
 * with a digit, as a part of a reference or document number (ranked after the whole ones).
 * Every returned case says why it matched. A filter (the
 * list's stage, nationality, route, assignee and deadline choices) is applied while the
 * indexes are walked, before the limit, so a filtered search misses no match.
 */
export async function searchCases(db: ErcmsDatabase, text: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const hasDigit = /\d/.test(text);
  const [byReference, byDocument, inside, byName] = await Promise.all([
    hasDigit ? searchByReference(db, text, limit, filter) : Promise.resolve(EMPTY),
    hasDigit ? searchByDocumentNumber(db, text, { prefix: true, limit, ...(filter ? { filter } : {}) }) : Promise.resolve(EMPTY),
    // Every part, not only when nothing matched whole: "000001" is the end of one reference per year.
    hasDigit ? searchInsideNumbers(db, text, limit, filter) : Promise.resolve(EMPTY),
    searchByName(db, text, limit, filter),
  ]);
  // In rank order: Matches keeps each case's first (best) reason.
  const parts: CaseSearchResult[] = [byReference, byDocument, inside, byName];
  const found = new Matches(limit);
  for (const part of parts) for (const row of part.rows) found.add(row, part.matches[row.id] ?? 'nameFuzzy');
  const result = found.result();
  return { ...result, truncated: result.truncated || parts.some((part) => part.truncated) };
}

/** The rank of a match kind (0 best), for ordering results that were merged or re-sorted. */
export function caseMatchRank(kind: CaseMatchKind | undefined): number {
  return kind === undefined ? caseMatchKinds.length : caseMatchKinds.indexOf(kind);
}
