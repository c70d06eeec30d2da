import { albanianCountryNames } from './albanianCountryNames';

/** Names bundled for office languages that some engines ship without (Chromium has no Albanian). */
const bundledNames: Readonly<Record<string, Readonly<Record<string, string>>>> = { sq: albanianCountryNames };

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** The engine's names of regions in this locale, or null when it has no data for its language. */
function regionNamesOf(locale: string): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      // An engine without the language silently answers in its default locale: ask first.
      names = Intl.DisplayNames.supportedLocalesOf([locale]).length > 0 ? new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }) : null;
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names;
}

function engineName(locale: string, code: string): string | undefined {
  try {
    const name = regionNamesOf(locale)?.of(code);
    return name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/**
 * A country's name in a language, from the locale's names of regions (`Intl.DisplayNames`,
 * pure ECMAScript): the reference data stores codes only (shared/reference/countries.ts).
 * Where the engine lacks the language, a bundled table (Albanian), else English. Kosovo
 * (XK) is a user-assigned code that some engines do not name; a code nobody names (or a
 * placeholder such as "?") is shown as it is.
 */
export function countryNameIn(locale: string, code: string): string {
  const language = locale.split('-')[0] ?? locale;
  return engineName(locale, code) ?? bundledNames[language]?.[code] ?? engineName('en', code) ?? (code === 'XK' ? 'Kosovo' : code);
}
