/** The languages of the user interface: those of the Belgian administration and of its Albanian-speaking partners. */
export const uiLanguages = [
  { code: 'en', nativeName: 'English', locale: 'en-GB' },
  { code: 'nl', nativeName: 'Nederlands', locale: 'nl-BE' },
  { code: 'fr', nativeName: 'Français', locale: 'fr-BE' },
  { code: 'sq', nativeName: 'Shqip', locale: 'sq-AL' },
] as const;

export type UiLanguage = (typeof uiLanguages)[number]['code'];

export const defaultUiLanguage: UiLanguage = 'en';

export function isUiLanguage(value: string): value is UiLanguage {
  return uiLanguages.some((language) => language.code === value);
}

/** The BCP 47 locale used to format dates and numbers for a UI language. */
export function localeOf(language: UiLanguage): string {
  return uiLanguages.find((entry) => entry.code === language)?.locale ?? 'en-GB';
}

/** Picks the UI language closest to an operating-system locale such as "nl-BE". */
export function uiLanguageForLocale(locale: string): UiLanguage {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLanguage(base) ? base : defaultUiLanguage;
}
