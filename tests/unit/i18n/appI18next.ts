import i18next, { type i18n } from 'i18next';
import { translationsByLanguage } from '../../../renderer/src/i18n/i18n';

/**
 * A real i18next with the app's bundles, in English (the renderer's own initialisation also
 * wires React, which a Node test does not need).
 */
export async function appI18next(): Promise<i18n> {
  const instance = i18next.createInstance();
  const translations = translationsByLanguage();
  await instance.init({
    resources: Object.fromEntries(Object.entries(translations).map(([code, messages]) => [code, { translation: messages }])),
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return instance;
}
