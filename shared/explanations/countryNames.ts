const regionNames = new Map<string, Intl.DisplayNames | null>();

function regionNamesOf(locale: string): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names;
}

/**
 * A country's name in a language, from the locale's names of regions (`Intl.DisplayNames`,
 * pure ECMAScript): the reference data stores codes only (shared/reference/countries.ts).
 * Kosovo (XK) is a user-assigned code that some engines do not name; a code no engine
 * knows (or a placeholder such as "?") is shown as it is.
 */
export function countryNameIn(locale: string, code: string): string {
  let name: string | undefined;
  try {
    name = regionNamesOf(locale)?.of(code);
  } catch {
    name = undefined;
  }
  if (name !== undefined && name !== code) return name;
  return code === 'XK' ? 'Kosovo' : code;
}
