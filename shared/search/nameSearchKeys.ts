import { distance } from 'fastest-levenshtein';
import { nameTokens } from './foldText';
import { phoneticKey } from './phoneticKey';

/**
 * Marks a phonetic key among a row's name keys. Folded words never contain it (nameTokens
 * splits on every character that is not a letter or digit), so a prefix search on a typed
 * word never reaches a phonetic key, and one multi-entry index holds both.
 */
export const PHONETIC_MARK = '#';

/**
 * Marks a tail of a name word among a row's name keys: "~oxha" and "~xha" for "hoxha". A
 * prefix read of "~" + typed text on the multi-entry index then finds every word that holds
 * the text in its middle or at its end (an infix search: "oxha" finds HOXHA) without a scan.
 * Like PHONETIC_MARK, never part of a folded word, so the prefix and fuzzy reads never meet it.
 */
export const INFIX_MARK = '~';

/**
 * Shortest tail stored, and shortest typed word searched for inside names: two letters would
 * match most of the caseload ("an", "ri") and add an entry per word for nothing.
 */
export const MIN_NAME_INFIX_LENGTH = 3;

/** A name key that is not a folded word: a phonetic key or a tail. */
function isMarked(key: string): boolean {
  return key.startsWith(PHONETIC_MARK) || key.startsWith(INFIX_MARK);
}

/**
 * THE derivation of a case's name index keys: every folded word of every name (for exact and
 * prefix search), the phonetic key of each (marked with PHONETIC_MARK), and each word's tails
 * of at least MIN_NAME_INFIX_LENGTH letters after its first (marked with INFIX_MARK: the whole
 * word is already a key), for infix search: "krasniqi" adds "~rasniqi" … "~iqi". The one place
 * that turns names into stored index values, so that a later encryption of the rows can
 * replace clear values by keyed tokens (HMAC) by wrapping this function alone.
 */
export function nameSearchKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    for (const token of nameTokens(name)) {
      keys.add(token);
      const phonetic = phoneticKey(token);
      if (phonetic) keys.add(`${PHONETIC_MARK}${phonetic}`);
      for (let start = 1; start + MIN_NAME_INFIX_LENGTH <= token.length; start++) keys.add(`${INFIX_MARK}${token.slice(start)}`);
    }
  }
  return [...keys];
}

/** The phonetic index key of a typed word ('' when it has none): what `nameSearchKeys` stores for the same word. */
export function phoneticSearchKey(foldedWord: string): string {
  const phonetic = phoneticKey(foldedWord);
  return phonetic ? `${PHONETIC_MARK}${phonetic}` : '';
}

/**
 * How a typed word matched a word of a name, best first: the order results are ranked in. A
 * part found inside a word ('infix') comes last: "oxha" is more likely a fragment someone
 * remembers than a spelling of HOXHA, and it matches many more names than a misspelling does.
 */
export type NameMatchTier = 'exact' | 'prefix' | 'phonetic' | 'fuzzy' | 'infix';

export const nameMatchTiers: readonly NameMatchTier[] = ['exact', 'prefix', 'phonetic', 'fuzzy', 'infix'];

/**
 * How many typing mistakes (insertions, deletions, substitutions) a word may carry and still
 * match: none under four letters (too many names are one letter from "Ali"), one up to six,
 * two from seven ("Krasniqu", "Rexhpaj").
 */
export function allowedEdits(wordLength: number): number {
  return wordLength < 4 ? 0 : wordLength < 7 ? 1 : 2;
}

/** A word typed in a search, prepared once: folded text, phonetic index key, how many edits it may carry, and its tail key ('' when too short to be searched inside names). */
export interface TypedWord {
  text: string;
  phonetic: string;
  edits: number;
  infix: string;
}

/** The words of a typed name, folded and prepared, longest first (the most selective leads the index walk). */
export function typedWords(text: string): TypedWord[] {
  return nameTokens(text)
    .sort((a, b) => b.length - a.length)
    .map((word) => ({
      text: word,
      phonetic: phoneticSearchKey(word),
      edits: allowedEdits(word.length),
      infix: word.length >= MIN_NAME_INFIX_LENGTH ? `${INFIX_MARK}${word}` : '',
    }));
}

/** How well one typed word matches a name's keys (nameSearchKeys): the index of its tier, or undefined. */
function wordTier(word: TypedWord, keys: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const key of keys) {
    if (isMarked(key)) continue;
    if (key === word.text) return 0;
    if (key.startsWith(word.text)) best = 1;
  }
  if (best !== undefined) return best;
  if (word.phonetic && keys.includes(word.phonetic)) return 2;
  if (word.edits > 0) {
    for (const key of keys) {
      if (isMarked(key) || Math.abs(key.length - word.text.length) > word.edits) continue;
      if (distance(word.text, key) <= word.edits) return 3;
    }
  }
  // Inside a word: the stored tails answer it as the index does (a tail beginning with the typed text).
  if (word.infix && keys.some((key) => key.startsWith(word.infix))) return 4;
  return undefined;
}

/**
 * How typed words match a person's name keys (as stored on the case row): every word must
 * match one of the person's words; the whole is as good as its weakest word. Undefined when a
 * word matches none. The keys already hold each word's phonetic key, so nothing is recoded.
 */
export function nameKeysMatch(words: readonly TypedWord[], keys: readonly string[]): NameMatchTier | undefined {
  let worst = 0;
  for (const word of words) {
    const tier = wordTier(word, keys);
    if (tier === undefined) return undefined;
    worst = Math.max(worst, tier);
  }
  return nameMatchTiers[worst];
}

/** How a typed folded word matches one folded name word, or undefined when it does not. */
export function nameWordMatch(typed: string, token: string): NameMatchTier | undefined {
  return nameKeysMatch(typedWords(typed), nameSearchKeys([token]));
}

/** How a typed text matches a person's names (each "family given"), or undefined. */
export function nameTextMatch(typed: string, names: readonly string[]): NameMatchTier | undefined {
  return nameKeysMatch(typedWords(typed), nameSearchKeys(names));
}
