/**
 * The person the fuzzy-name bench looks for, and how it is misspelt (shared by the runner,
 * tests/bench/fuzzyNameSearch.ts, and the bench page, tests/bench/page/fuzzySearchBench.ts).
 * A rare Kosovar surname one letter from the generator's commonest one ("Krasniqi", some
 * 4,000 cases at 100,000): the misspelt text must find this one person among them.
 */
export const FUZZY_TARGET = { familyName: 'KRASNIQAJ', givenNames: 'Valdrin', reference: 'RC-2099-000001', documentNumber: 'FZ7654321' } as const;

/** One substitution, one deletion, one insertion (of consonants: a vowel more or less keeps the sound, a phonetic match). */
export const FUZZY_MISSPELLINGS: readonly (readonly [kind: string, text: string])[] = [
  ['substitution', 'Krasnipaj'],
  ['deletion', 'Krasiqaj'],
  ['insertion', 'Krasnimqaj'],
];

/** One timed store search on the bench page: its time, where the target came (-1: not returned), how many rows. */
export interface FuzzySearchTiming {
  ms: number;
  rank: number;
  rows: number;
}

/** What the bench page exposes for the fuzzy-name figures (window.ercmsFuzzyBench). */
export interface FuzzyBenchApi {
  /** Stores the target case once (untimed; a second call finds it there). */
  plant(): Promise<void>;
  /** The search box's store search (searchCases) for `text`, timed, with the target's rank. */
  search(text: string): Promise<FuzzySearchTiming>;
  /** The end of generated case `index`'s document number (all but its first two characters), timed; rank of that case. */
  documentPart(index: number): Promise<FuzzySearchTiming>;
  /**
   * Over the first `sample` rows: name index entries per case (all, and the phonetic keys and
   * word tails among them), number-tail entries per case, and the CPU per case of deriving the name keys against
   * the folded words alone (µs; the phonetic keys of names met before are remembered).
   */
  nameKeyStats(
    sample: number,
  ): Promise<{ keysPerCase: number; phoneticPerCase: number; nameTailsPerCase: number; tailsPerCase: number; wordsMicros: number; keysMicros: number }>;
}

declare global {
  interface Window {
    ercmsFuzzyBench?: FuzzyBenchApi;
  }
}
