import { expect, type Locator } from '@playwright/test';

/** The UI languages as the language switcher names them, with their codes. */
export const screenLanguages = [
  { code: 'en', nativeName: 'English' },
  { code: 'nl', nativeName: 'Nederlands' },
  { code: 'fr', nativeName: 'Français' },
  { code: 'sq', nativeName: 'Shqip' },
] as const;
export type ScreenLanguage = (typeof screenLanguages)[number];

/** The nationalities the e2e seed gives its cases (tests/bench/caseGenerator). */
const seededCountries = ['AL', 'XK', 'MA', 'DZ', 'GE', 'TN', 'AF', 'RS', 'TR', 'PL'] as const;

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const englishMonthAbbreviations = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * English country names that a screen in `language` must not show: those the language
 * names otherwise (French and Dutch also say "Afghanistan" and "Kosovo"). Node's full ICU
 * is the reference for what each language calls them.
 */
function foreignEnglishCountryNames(language: string): string[] {
  if (language === 'en') return [];
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const local = new Intl.DisplayNames([language], { type: 'region' });
  return seededCountries.flatMap((code) => {
    const name = english.of(code) ?? code;
    return name !== local.of(code) ? [name] : [];
  });
}

/** What no screen may show: raw ISO dates, country codes, enum keys, and (outside English) English month and country names. */
export function rawValuesIn(text: string, language: string): string[] {
  const found: string[] = [];
  const add = (pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) found.push(match[0]);
  };
  // Word edges by Unicode letters: "AFËRTI" (an uppercased Albanian word) holds no code "AF".
  const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`, 'gu');
  add(word('\\d{4}-\\d{2}-\\d{2}'));
  add(word(seededCountries.join('|')));
  add(word('[a-z]+(?:_[a-z0-9]+)+'));
  if (language !== 'en') {
    add(word(englishMonths.join('|')));
    add(word(`\\d{1,2} (?:${englishMonthAbbreviations.join('|')})|(?:${englishMonthAbbreviations.join('|')}) \\d{1,2}`));
    for (const name of foreignEnglishCountryNames(language)) if (text.includes(name)) found.push(name);
  }
  return found;
}

/** Asserts that a region of a screen shows every value in words of the language. */
export async function expectInWordsOf(region: Locator, language: ScreenLanguage): Promise<void> {
  const text = await region.innerText();
  expect(text.length).toBeGreaterThan(20);
  const raw = rawValuesIn(text, language.code);
  // The message shows where each raw value stands, to find the screen part that shows it.
  const where = raw.map((value) => {
    const at = text.indexOf(value);
    return text.slice(Math.max(0, at - 60), at + value.length + 30).replace(/\s+/g, ' ');
  });
  expect(raw, `${language.nativeName}: raw values on the screen: ${where.join(' | ')}`).toEqual([]);
}
