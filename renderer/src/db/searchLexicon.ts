import type { ErcmsDatabase } from './database';
import { openRecord, sealRecord } from './recordCipher';
import type { RecordKeys } from './recordKeys';
import { searchTokenizer } from './searchTokens';

/**
 * The search lexicon of a sealed store: every distinct folded name word of the workspace's
 * cases, each stored sealed (`searchWords` table) under its own token as key. The indexes hold
 * only tokens, which answer "who is called exactly X"; a prefix ("hox"), a part inside a word
 * ("oxh") or a word one letter off ("Berisna") is found by matching the typed text against the
 * lexicon in memory, then reading the cases of the words it matched by their tokens
 * (caseSearch.ts). Words are added as cases are written and never removed (a word no case
 * holds any more matches nothing). The lexicon in memory is held per record key, so it leaves
 * memory with the key when the screen locks.
 */
export interface SearchWordRow {
  /** The word's token (searchTokens.ts, kind 'word'): the key, so a word is stored once. */
  token: string;
  /** When the row was written (ms): a window reads the rows other windows added since it last looked. */
  at: number;
  keyId: string;
  sealed: Uint8Array;
}

interface Lexicon {
  /** Tokens of the words this window knows to be stored (or queued to be). */
  tokens: Set<string>;
  words: string[];
  sorted: boolean;
  /** Whether the stored rows were read (the first search reads them; writes only add). */
  loaded: boolean;
  /** The newest `at` read from the store. */
  readUpTo: number;
}

/** Rows written by other windows up to this long before the newest one read are read again (clocks of two windows agree only so far). */
const CLOCK_SLACK_MS = 10_000;

const lexicons = new WeakMap<RecordKeys, Map<string, Lexicon>>();

function lexiconOf(keys: RecordKeys, databaseName: string): Lexicon {
  let perDatabase = lexicons.get(keys);
  if (!perDatabase) lexicons.set(keys, (perDatabase = new Map()));
  let lexicon = perDatabase.get(databaseName);
  if (!lexicon) perDatabase.set(databaseName, (lexicon = { tokens: new Set(), words: [], sorted: true, loaded: false, readUpTo: 0 }));
  return lexicon;
}

function wordLabel(databaseName: string, token: string): string {
  return `ercms-word|${databaseName}|${token}`;
}

function know(lexicon: Lexicon, token: string, word: string): void {
  if (lexicon.tokens.has(token)) return;
  lexicon.tokens.add(token);
  lexicon.words.push(word);
  lexicon.sorted = false;
}

/** The rows to store for the words of a case write that this window has not stored yet (and notes them as known). */
export function newSearchWordRows(keys: RecordKeys, databaseName: string, words: Iterable<string>): SearchWordRow[] {
  const lexicon = lexiconOf(keys, databaseName);
  const tokenizer = searchTokenizer(keys);
  const rows: SearchWordRow[] = [];
  const at = Date.now();
  for (const word of words) {
    const token = tokenizer.token('word', word);
    if (lexicon.tokens.has(token)) continue;
    know(lexicon, token, word);
    rows.push({ token, at, keyId: keys.keyId, sealed: sealRecord(keys, wordLabel(databaseName, token), word) });
  }
  return rows;
}

/** Forgets what this window believed stored (a restore or reset replaced the database's rows). */
export function forgetSearchLexicon(keys: RecordKeys, databaseName: string): void {
  lexicons.get(keys)?.delete(databaseName);
}

/**
 * Every word of the lexicon, sorted: read from the store at the first call, then only the rows
 * other windows added since. Words sealed under another key (a restore) are skipped.
 */
export async function searchLexiconWords(db: ErcmsDatabase, keys: RecordKeys): Promise<readonly string[]> {
  const lexicon = lexiconOf(keys, db.name);
  const rows = lexicon.loaded
    ? await db.searchWords
        .where('at')
        .aboveOrEqual(lexicon.readUpTo - CLOCK_SLACK_MS)
        .toArray()
    : await db.searchWords.toArray();
  lexicon.loaded = true;
  for (const row of rows) {
    lexicon.readUpTo = Math.max(lexicon.readUpTo, row.at);
    if (lexicon.tokens.has(row.token) || row.keyId !== keys.keyId) continue;
    try {
      know(lexicon, row.token, openRecord(keys, wordLabel(db.name, row.token), row.sealed) as string);
    } catch {
      // A row that does not open (altered) is not a word of this lexicon.
    }
  }
  if (!lexicon.sorted) {
    lexicon.words.sort();
    lexicon.sorted = true;
  }
  return lexicon.words;
}
