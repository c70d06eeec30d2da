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
