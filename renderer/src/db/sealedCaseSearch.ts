import { distance } from 'fastest-levenshtein';
import { nameKeysMatch, nameMatchTiers, typedWords, type NameMatchTier, type TypedWord } from '../../../shared/search/nameSearchKeys';
import { MIN_NUMBER_PART_LENGTH, numberPartKey } from '../../../shared/search/numberTails';
import type { CaseFilter } from './caseQuery';
import { matchesCaseFilter } from './caseQuery';
import type { CaseRow } from './caseRow';
import { nameKeysOf } from './caseSearchKeys';
import { allOf, EMPTY, Matches, MIN_INFIX_LENGTH, nameMatchKinds, type CaseSearchResult } from './caseSearchResult';
import type { ErcmsDatabase } from './database';
import { normaliseDocumentNumber } from './foldName';
import type { RecordKeys } from './recordKeys';
import { searchLexiconWords } from './searchLexicon';
import { searchTokenizer } from './searchTokens';
import { casesOfKeys, offerCasesOfKeys } from './caseKeysRead';

/**
 * The search box over a sealed store (issue 14, point 3), with the same answers and ranking as
 * over a clear one (caseSearch.ts). The indexes hold tokens, which only answer equality, so:
 *
 * - names: the typed word is matched against the search lexicon in memory (searchLexicon.ts):
 *   the words it begins (exact first), its phonetic key, the words within its allowed typing
 *   mistakes (nearest first), the words it is a part of; then the cases of each matched word
 *   are read by that word's token, while the result has room. The other typed words are
 *   checked on each case as it is read, against its opened names.
 * - document numbers: the whole number by its token; its beginning or a part of it by the
 *   token of its first four characters (every run of four of a stored number has one,
 *   sealedCaseRow.ts), each case then checked against its opened numbers.
 * - references stay in clear (the office's own numbers): caseSearch.ts reads them as before.
 */

/** How many lexicon words one typed word may lead to (a one-letter prefix): each is one index read while the result has room. */
const MAX_WORDS_PER_SEARCH = 2_000;

function wordsStartingWith(lexicon: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = lexicon.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((lexicon[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const words: string[] = [];
  for (let index = low; index < lexicon.length && words.length < MAX_WORDS_PER_SEARCH; index++) {
    const word = lexicon[index] ?? '';
    if (!word.startsWith(prefix)) break;
    words.push(word);
  }
  return words;
}

/** The lexicon words within the typed word's allowed edits that do not start with it, nearest first. */
function nearWords(lexicon: readonly string[], word: TypedWord): string[] {
  const near: [string, number][] = [];
  for (const candidate of lexicon) {
    if (Math.abs(candidate.length - word.text.length) > word.edits || candidate.startsWith(word.text)) continue;
    const edits = distance(candidate, word.text);
    if (edits <= word.edits) near.push([candidate, edits]);
  }
  return near.sort((a, b) => a[1] - b[1]).map(([candidate]) => candidate);
}

/** The lexicon words that hold the typed word after their first letter. */
function wordsHolding(lexicon: readonly string[], part: string): string[] {
  const words: string[] = [];
  for (const candidate of lexicon) {
    if (candidate.indexOf(part, 1) > 0) words.push(candidate);
    if (words.length >= MAX_WORDS_PER_SEARCH) break;
  }
  return words;
}

export async function sealedSearchByName(db: ErcmsDatabase, keys: RecordKeys, text: string, limit: number, filter?: CaseFilter): Promise<CaseSearchResult> {
  const words = typedWords(text);
  const [leading] = words;
  if (!leading) return EMPTY;
  const tokenizer = searchTokenizer(keys);
  const lexicon = await searchLexiconWords(db, keys);
  const found = new Matches(limit);
  // The leading word's tier is known from the read that found the row; only the other typed
  // words (if any) are checked on the opened names (a single word, the common case, opens no more).
  const others = words.slice(1);
  const readByToken = async (token: string, tier: NameMatchTier) => {
    const accept = (row: CaseRow): boolean => {
      if (found.has(row.id) || (filter && !matchesCaseFilter(row, filter))) return false;
      let worst = tier;
      if (others.length > 0) {
        const rest = nameKeysMatch(others, nameKeysOf(row.caseFile));
        if (rest === undefined) return false;
        if (nameMatchTiers.indexOf(rest) > nameMatchTiers.indexOf(worst)) worst = rest;
      }
      found.add(row, nameMatchKinds[worst]);
      return true;
    };
    await offerCasesOfKeys(db, db.caseKeys.where('nameKeys').equals(token), accept, () => found.room);
  };
  const beginning = wordsStartingWith(lexicon, leading.text).map((word) => ({
    token: tokenizer.token('word', word),
    tier: word === leading.text ? ('exact' as const) : ('prefix' as const),
  }));
  if (!filter && others.length === 0) await readWordsInOrder(db, beginning, found);
  else
    for (const { token, tier } of beginning) {
      if (found.full) break;
      await readByToken(token, tier);
    }
  if (!found.full && leading.phonetic) await readByToken(tokenizer.token('phonetic', leading.phonetic), 'phonetic');
  if (!found.full && leading.edits > 0) {
    for (const word of nearWords(lexicon, leading)) {
      if (found.full) break;
      await readByToken(tokenizer.token('word', word), 'fuzzy');
    }
  }
  if (!found.full && leading.infix) {
    for (const word of wordsHolding(lexicon, leading.text)) {
      if (found.full) break;
      await readByToken(tokenizer.token('word', word), 'infix');
    }
  }
  return found.result();
}

/** How many words' index keys are read at once (a one-letter prefix can lead to hundreds of words). */
const WORDS_READ_TOGETHER = 16;

/**
 * The cases of each word in turn, as the one-word search without a filter needs them: every
 * case of a word is a match of the word's tier, so the index keys of several words are read at
 * once (no case opened), and then only the cases that make the result, in one read. As many
 * keys per word as the result has room for plus the cases already found (which a word may
 * repeat) are enough to fill it in the words' order.
 */
async function readWordsInOrder(db: ErcmsDatabase, words: readonly { token: string; tier: NameMatchTier }[], found: Matches): Promise<void> {
  for (let start = 0; start < words.length && !found.full; start += WORDS_READ_TOGETHER) {
    const group = words.slice(start, start + WORDS_READ_TOGETHER);
    const enough = found.room + found.rows.length;
    const idLists = await Promise.all(group.map(({ token }) => db.caseKeys.where('nameKeys').equals(token).limit(enough).primaryKeys()));
    const picked: { id: string; tier: NameMatchTier }[] = [];
    const taken = new Set<string>();
    group.forEach(({ tier }, index) => {
      for (const id of idLists[index] ?? []) {
        if (picked.length >= found.room) return;
        if (found.has(id) || taken.has(id)) continue;
        taken.add(id);
        picked.push({ id, tier });
      }
    });
    const rows = await db.cases.bulkGet(picked.map(({ id }) => id));
    rows.forEach((row, index) => {
      const tier = picked[index]?.tier;
      if (row && tier) found.add(row, nameMatchKinds[tier]);
    });
  }
}

function documentPartKeys(row: CaseRow): string[] {
  return row.caseFile.documents.flatMap((document) => (document.number ? [numberPartKey(document.number)] : []));
}

export async function sealedSearchByDocumentNumber(
  db: ErcmsDatabase,
  keys: RecordKeys,
  number: string,
  options: { prefix?: boolean; limit: number; filter?: CaseFilter },
): Promise<CaseSearchResult> {
  const normalised = normaliseDocumentNumber(number);
  if (!normalised) return EMPTY;
  const tokenizer = searchTokenizer(keys);
  const filter = options.filter;
  const keep = (row: CaseRow) => !filter || matchesCaseFilter(row, filter);
  const matching = db.caseKeys.where('documentNumbers').equals(tokenizer.token('document', normalised));
  const exact: CaseRow[] = [];
  const accept = (row: CaseRow): boolean => {
    if (!keep(row)) return false;
    exact.push(row);
    return true;
  };
  if (filter) await offerCasesOfKeys(db, matching, accept, () => options.limit + 1 - exact.length);
  else exact.push(...(await casesOfKeys(db, matching, options.limit + 1)));
  const part = numberPartKey(number);
  if (!options.prefix || part.length < MIN_NUMBER_PART_LENGTH || exact.length > options.limit) return allOf(exact, options.limit, 'documentNumber');
  const seen = new Set(exact.map((row) => row.id));
  const beginning = (await casesHoldingPart(db, keys, part)).filter(
    (row) => !seen.has(row.id) && keep(row) && documentPartKeys(row).some((key) => key.startsWith(part)),
  );
  return allOf([...exact, ...beginning], options.limit, 'documentNumber');
}

/** A part of a document number (the reference's parts are read in clear by caseSearch.ts). */
export async function sealedSearchInsideNumbers(db: ErcmsDatabase, keys: RecordKeys, part: string, found: Matches, filter?: CaseFilter): Promise<void> {
  if (part.length < MIN_INFIX_LENGTH) return;
  for (const row of await casesHoldingPart(db, keys, part)) {
    if (found.full) return;
    if (found.has(row.id) || (filter && !matchesCaseFilter(row, filter))) continue;
    if (documentPartKeys(row).some((key) => key.includes(part))) found.add(row, 'documentNumberPart');
  }
}

/** How many candidate cases a part of a document number may open to be checked (a part as short as four characters can be common). */
const MAX_PART_CANDIDATES = 500;

/**
 * The cases whose document numbers hold the first and the last run of four characters of
 * `part`: the index entries of the two runs' tokens are intersected first (keys only, nothing
 * opened), then only the cases in both are read, at most MAX_PART_CANDIDATES. The caller checks
 * the whole part on each opened case. The search box asks for the same part twice at once (a
 * number's beginning and a part inside one): the second ask shares the first one's reads.
 */
function casesHoldingPart(db: ErcmsDatabase, keys: RecordKeys, part: string): Promise<CaseRow[]> {
  const key = `${db.name}|${part}`;
  const running = partReads.get(key);
  if (running) return running;
  const reading = readCasesHoldingPart(db, keys, part);
  partReads.set(key, reading);
  void reading.finally(() => partReads.delete(key)).catch(() => undefined);
  return reading;
}

const partReads = new Map<string, Promise<CaseRow[]>>();

async function readCasesHoldingPart(db: ErcmsDatabase, keys: RecordKeys, part: string): Promise<CaseRow[]> {
  const tokenizer = searchTokenizer(keys);
  const runs = [...new Set([part.slice(0, MIN_NUMBER_PART_LENGTH), part.slice(-MIN_NUMBER_PART_LENGTH)])];
  const idLists = await Promise.all(runs.map((run) => db.caseKeys.where('numberTails').equals(tokenizer.token('documentPart', run)).primaryKeys()));
  idLists.sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = idLists;
  if (!shortest) return [];
  const others = rest.map((ids) => new Set(ids));
  const ids = shortest.filter((id) => others.every((set) => set.has(id))).slice(0, MAX_PART_CANDIDATES);
  return (await db.cases.bulkGet(ids)).filter((row): row is CaseRow => row !== undefined);
}
