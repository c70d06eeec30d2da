import { describe, expect, it } from 'vitest';
import {
  INFIX_MARK,
  MIN_NUMBER_PART_LENGTH,
  nameSearchKeys,
  nameTextMatch,
  nameWordMatch,
  numberPartKey,
  numberTailKeys,
  phoneticKey,
  PHONETIC_MARK,
} from '../../../shared/search';
import { foldText } from '../../../shared/search/foldText';

const key = (name: string) => phoneticKey(foldText(name));

/**
 * Spellings of one name that the phonetic key must bring together, with where each variant
 * comes from. Albanian: the 1972 orthography (xh, gj, q, dh, th, ç, ë, ll, rr) against the way
 * foreign registers write it; Arabic and Dari: French, German and English transliterations
 * (UNGEGN romanization tables, and the spellings seen on Belgian, French and German documents).
 */
const sameName: readonly { variants: readonly string[]; source: string }[] = [
  {
    variants: ['HOXHA', 'Hoxa', 'Hodja', 'Hoxxa', 'Hoxhë', 'Hodscha'],
    source: 'Albanian/Kosovar surname: xh = English j; Hodja is the Turkish/English form, Hodscha the German',
  },
  {
    variants: ['RAHIMI', 'Rahimy', 'Rakhimi'],
    source: 'Afghan (Dari) surname: final -i written -y in English/French registers, kh for h in Russian-style spellings',
  },
  { variants: ['Mohammed', 'Muhammad', 'Mohamed', 'Mouhamed', 'Mohamad'], source: 'Moroccan/Afghan given name: o/u, ou (French), doubled m, final d/t' },
  { variants: ['Bërisha', 'Berisha'], source: 'Kosovar surname: ë dropped outside Albanian keyboards' },
  { variants: ['Çela', 'Cela'], source: 'Albanian surname: ç dropped outside Albanian keyboards' },
  { variants: ['Gjoka', 'Djoka'], source: 'Albanian surname: gj written dj in Serbian-Latin and French registers' },
  { variants: ['Qosja', 'Kosja'], source: 'Kosovar surname: Albanian q written k abroad' },
  { variants: ['Krasniqi', 'Krasniki'], source: 'Kosovar surname: q written k' },
  { variants: ['Dhimitri', 'Dimitri'], source: 'Albanian given name: dh written d' },
  { variants: ['Thaçi', 'Taci', 'Thaci'], source: 'Kosovar surname: th written t, ç written c' },
  { variants: ['Zeqiri', 'Zekiri'], source: 'Albanian surname: q written k' },
  { variants: ['Beridze', 'Beridse'], source: 'Georgian surname: -dze in English, -dse in German spelling' },
  { variants: ['Kapanadze', 'Kapanadse'], source: 'Georgian surname: -dze / -dse' },
  { variants: ['Youssef', 'Yusuf', 'Jusuf', 'Youssouf'], source: 'Moroccan/Afghan given name: French ou, initial y = j (German and Albanian Jusuf)' },
  { variants: ['Khalid', 'Halid', 'Khaled'], source: 'Moroccan given name: kh for the velar fricative, often dropped to h' },
  { variants: ['Ghulam', 'Gulam'], source: 'Afghan given name: gh for the voiced fricative' },
  { variants: ['Mustapha', 'Mustafa'], source: 'Moroccan given name: French ph' },
  { variants: ['Jamal', 'Djamal', 'Dschamal'], source: 'Moroccan given name: French dj, German dsch' },
  { variants: ['Wahid', 'Vahid'], source: 'Afghan given name: w/v in Dari transliteration' },
  { variants: ['Noor', 'Nur'], source: 'Afghan given name: English oo' },
  { variants: ['Hussein', 'Husain', 'Hussain', 'Housseine'], source: 'Afghan/Moroccan name: ei/ai, doubled s, French ou' },
  { variants: ['Ahmad', 'Achmad', 'Ahmed'], source: 'Afghan/Moroccan given name: German ch for h' },
  { variants: ['Chérif', 'Sherif', 'Scherif'], source: 'Moroccan given name: French ch, English sh, German sch' },
  { variants: ['Abdullah', 'Abdallah'], source: 'Arabic given name: vowel of the article' },
];

/** Different names that must keep different keys (the key must not be so coarse it means nothing). */
const differentNames: readonly [string, string][] = [
  ['Hoxha', 'Gashi'],
  ['Berisha', 'Beridze'],
  ['Krasniqi', 'Kola'],
  ['Rahimi', 'Ahmadi'],
  ['Shehu', 'Hysa'],
  ['Çela', 'Leka'],
];

describe('phonetic name key', () => {
  it.each(sameName)('brings together $variants ($source)', ({ variants }) => {
    const keys = new Set(variants.map(key));
    expect([...keys], variants.join(', ')).toHaveLength(1);
    expect([...keys][0]).not.toBe('');
  });

  it.each(differentNames)('keeps %s and %s apart', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('gives words without letters no key', () => {
    expect(key('000123')).toBe('');
    expect(key('P1699993')).toBe('');
  });
});

describe('nameSearchKeys', () => {
  it('holds every folded word of every name and its marked phonetic key', () => {
    const keys = nameSearchKeys(['HOXHË Arbën', 'Hodja Arben']);
    expect(keys).toEqual(expect.arrayContaining(['hoxhe', 'arben', 'hodja', `${PHONETIC_MARK}HJ`]));
    // Both spellings share one phonetic key: it is stored once.
    expect(keys.filter((entry) => entry === `${PHONETIC_MARK}HJ`)).toHaveLength(1);
  });
});

describe('name tails (infix search)', () => {
  it('stores every tail of three letters or more after the first letter, marked', () => {
    const keys = nameSearchKeys(['HOXHA Arben']);
    expect(keys.filter((key) => key.startsWith(INFIX_MARK)).sort()).toEqual(
      [`${INFIX_MARK}ben`, `${INFIX_MARK}oxha`, `${INFIX_MARK}rben`, `${INFIX_MARK}xha`].sort(),
    );
    // The whole word is a key of its own; a two-letter tail is none.
    expect(keys).not.toContain(`${INFIX_MARK}hoxha`);
    expect(keys).not.toContain(`${INFIX_MARK}ha`);
  });

  it('matches a part inside a word after every other tier, and not under three letters', () => {
    // One letter short of the word: a similar spelling ranks before a part.
    expect(nameWordMatch('oxha', 'hoxha')).toBe('fuzzy');
    expect(nameWordMatch('xha', 'hoxha')).toBe('infix');
    expect(nameWordMatch('xhepa', 'rexhepaj')).toBe('infix');
    expect(nameWordMatch('niq', 'krasniqi')).toBe('infix');
    expect(nameWordMatch('xh', 'hoxha')).toBeUndefined();
    expect(nameWordMatch('oxhu', 'hoxha')).toBeUndefined();
    // A word that begins with the text is a prefix match, not a part.
    expect(nameWordMatch('hoxh', 'hoxha')).toBe('prefix');
    expect(nameTextMatch('oxh arben', ['HOXHA Arben'])).toBe('infix');
  });
});

describe('number tails (parts of references and document numbers)', () => {
  it('stores every tail of four characters or more with a digit, without separators', () => {
    const tails = numberTailKeys(['RC-2024-000001', 'ab 12345678']);
    expect(tails).toEqual(expect.arrayContaining(['RC2024000001', '000001', '0001', 'AB12345678', '12345678', '5678']));
    expect(tails).not.toContain('001');
    expect(tails.every((tail) => tail.length >= MIN_NUMBER_PART_LENGTH && /\d/.test(tail))).toBe(true);
    // A part in the middle is the beginning of a tail: what the index's prefix read finds.
    expect(tails.some((tail) => tail.startsWith(numberPartKey('1234567')))).toBe(true);
    expect(tails.some((tail) => tail.startsWith(numberPartKey('2024-0000')))).toBe(true);
    expect(numberTailKeys(['P1234ABCD'])).not.toContain('ABCD');
  });
});

describe('name match tiers', () => {
  it('ranks exact, prefix, phonetic, then fuzzy', () => {
    expect(nameWordMatch('hoxha', 'hoxha')).toBe('exact');
    expect(nameWordMatch('hox', 'hoxha')).toBe('prefix');
    expect(nameWordMatch('hodja', 'hoxha')).toBe('phonetic');
    expect(nameWordMatch('berisna', 'berisha')).toBe('fuzzy');
    expect(nameWordMatch('berisa', 'berisha')).toBe('fuzzy');
    // A dropped vowel keeps the sound: phonetic, not fuzzy.
    expect(nameWordMatch('bersha', 'berisha')).toBe('phonetic');
    expect(nameWordMatch('gashi', 'hoxha')).toBeUndefined();
    // Short words get no edit tolerance: "ari" is one letter from "ali", but another name.
    expect(nameWordMatch('ari', 'ali')).toBeUndefined();
  });

  it('matches a text as well as its weakest word', () => {
    expect(nameTextMatch('hoxha arb', ['HOXHA Arben'])).toBe('prefix');
    expect(nameTextMatch('Hoxa Arben', ['HOXHA Arben'])).toBe('phonetic');
    expect(nameTextMatch('Rexhepej', ['Gashi Ilir', 'Rexhepaj Valdrin'])).toBe('phonetic');
    expect(nameTextMatch('Rexhepij Valdrin', ['Gashi Ilir', 'Rexhepaj Valdrin'])).toBe('phonetic');
    expect(nameTextMatch('Rekhepaj', ['Gashi Ilir', 'Rexhepaj Valdrin'])).toBe('fuzzy');
    expect(nameTextMatch('hoxa zzz', ['HOXHA Arben'])).toBeUndefined();
  });
});
