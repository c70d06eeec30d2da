import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import sq from './locales/sq.json';
import { defaultUiLanguage, uiLanguages, type UiLanguage } from './languages';

/** Every UI language carries the same keys as English (checked by a unit test). */
export const translations = { en, nl, fr, sq } satisfies Record<UiLanguage, typeof en>;

export function initI18n(language: UiLanguage): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(translations).map(([code, messages]) => [code, { translation: messages }])),
    lng: language,
    fallbackLng: defaultUiLanguage,
    supportedLngs: uiLanguages.map((entry) => entry.code),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}
