import { doubleMetaphone } from 'double-metaphone';

/**
 * The phonetic key of one folded name word, for the names of this caseload: Albanian and
 * Kosovar names, and Arabic, Dari and Pashto names as French, German, Dutch and English
 * clerks transliterate them, plus Georgian names in German and English spelling.
 *
 * Double Metaphone (the `double-metaphone` package) alone is an English algorithm: it reads
 * Albanian "xh" as "ks" + "h", "gj" as "g" + "j", "q" as "k" only by luck. So each word is
 * first rewritten into one spelling per sound (`caseloadSpelling`), then coded by Double
 * Metaphone, whose primary code is the key: vowels other than the first drop out (y/i,
 * ou/u/oo, Hoxha/Hoxhë), doubled letters count once (Hoxxa, Mohammed), d/t and z/s merge
 * at the end of words (Beridze/Beridse).
 */

/**
 * Letter groups rewritten before coding, longest first (the first rule that matches at a
 * position wins). Sources: Albanian orthography (1972 Congress of Orthography: xh = [dʒ],
 * gj = [ɟ], q = [c], dh = [ð], th = [θ], ç = [tʃ], ll and rr are letters of their own);
 * French and German transliteration of Arabic and Dari (ou for u, dj/dsch for j, kh/ch for
 * the velar fricative, gh for the voiced one, ph for f: UNGEGN romanization tables).
 */
const spellingRules: readonly (readonly [string, string])[] = [
  ['dsch', 'j'], // German transliteration of j (Dschamal = Jamal)
  ['tsch', 'ch'], // German ch sound (Tschetschene)
  ['xh', 'j'], // Albanian xh = English j (Hoxha = Hodja)
  ['gj', 'j'], // Albanian gj, close to j/dj in foreign spelling (Gjoka = Djoka)
  ['dj', 'j'], // French transliteration of j (Djamal = Jamal)
  ['dzh', 'j'], // Russian-style transliteration in Georgian and Caucasian names (Dzhaparidze)
  ['zh', 'j'], // Albanian zh, Persian zh: voiced, merged with j (rare in names, keeps them together)
  ['kh', 'h'], // Arabic/Dari kh: Khalid = Halid, Rakhimi = Rahimi
  ['gh', 'g'], // Arabic/Dari gh: Ghulam = Gulam
  ['ph', 'f'], // Greek-style ph (Mustapha = Mustafa)
  ['sch', 'sh'], // German sh (Schah = Shah)
  ['ch', 'sh'], // French sh (Chah = Shah, Chérif = Sherif); Albanian ç is folded to c before
  ['dh', 'd'], // Albanian dh = [ð], usually written d abroad (Dhimitri = Dimitri)
  ['th', 't'], // Albanian th = [θ] (Thaçi = Taci); avoids Metaphone's English "0"
  ['ou', 'u'], // French u (Youssef = Yussef)
  ['oo', 'u'], // English u (Noor = Nur)
  ['ee', 'i'], // English i (Sadeeq = Sadiq)
  ['ds', 'dz'], // Georgian -dze in German spelling (Beridse = Beridze)
  ['ts', 'c'], // Albanian c = [ts] (Cela), German ts/tz
  ['tz', 'c'],
  ['q', 'k'], // Albanian q = [c], written k or q abroad (Qosja = Kosja); Arabic q = k (Qasim = Kasim)
  ['x', 'j'], // Albanian x = [dz]; a typist leaving out the h of xh writes x (Hoxa = Hoxha)
  ['w', 'v'], // Dari/Persian w/v (Wahid = Vahid)
  ['y', 'i'], // Y/I (Rahimy = Rahimi); an initial y before a vowel is the consonant j (below)
];

/** One spelling per sound: the folded word rewritten by `spellingRules`, doubled letters once. */
export function caseloadSpelling(word: string): string {
  // An initial y or i before a vowel is the consonant: Yusuf = Jusuf = Iusuf (transliterations of يوسف).
  // German ch after a vowel and before a consonant is the kh sound (Achmad = Ahmad); elsewhere ch is French sh (Aicha = Aisha).
  const start = word.replace(/^[yi](?=[aeiou])/, 'j').replace(/([aeiou])ch(?=[^aeiou])/g, '$1h');
  let out = '';
  for (let index = 0; index < start.length;) {
    const rule = spellingRules.find(([from]) => start.startsWith(from, index));
    if (rule) {
      out += rule[1];
      index += rule[0].length;
    } else {
      out += start[index] ?? '';
      index += 1;
    }
  }
  // Doubled letters count once (ll and rr are Albanian letters, but foreign spelling drops the double: Hoxxa, Mohammed).
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * The phonetic key of one folded word (lower case, no diacritics: see foldText), or '' when
 * the word has no letters. Digits are not names: a word with a digit has no key.
 */
export function phoneticKey(foldedWord: string): string {
  const known = recentKeys.get(foldedWord);
  if (known !== undefined) return known;
  // A word with digits is a number or a code ("p1699993"), not a name: no sound to match.
  const letters = /\d/.test(foldedWord) ? '' : foldedWord.replace(/[^a-z]/g, '');
  // Metaphone treats a final d and t alike only sometimes; Beridze/Beridse, Mohammed/Mohamet: t throughout.
  const key = letters.length === 0 ? '' : (doubleMetaphone(caseloadSpelling(letters))[0] ?? '').replace(/D/g, 'T');
  if (recentKeys.size >= RECENT_KEYS_LIMIT) recentKeys.clear();
  recentKeys.set(foldedWord, key);
  return key;
}

/**
 * The keys of words met recently. A caseload's names repeat (a few thousand surnames and given
 * names for 100,000 cases), and coding a word costs some 10 µs, paid on every write and
 * import: remembered, a bulk import codes each name once. Bounded: cleared when full.
 */
const RECENT_KEYS_LIMIT = 20_000;
const recentKeys = new Map<string, string>();
