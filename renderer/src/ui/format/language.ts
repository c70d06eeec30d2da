/** The language subtag of a BCP 47 locale ("sq-AL" → "sq"). */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? locale;
}

/** Albanian is formatted from bundled CLDR data in every engine, so that Chromium and Node read alike. */
export function isAlbanian(locale: string): boolean {
  return languageOf(locale) === 'sq';
}
