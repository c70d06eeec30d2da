import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { englishExplanationBundle } from './explanationText';
import { defaultUiLanguage, isUiLanguage, uiLanguages, type UiLanguage } from './languages';
import { mergeMessageBundles, type Messages } from './messageBundles';
import { trainingEn, trainingFr, trainingNl, trainingSq } from '../../../shared/training/locales';

/**
 * Message bundles: the frame's in `i18n/locales/<language>.json`, and each feature's own
 * in `features/<feature>/locales/<language>.json` (top-level key = the feature), so that
 * features add their texts without touching a shared file. The explanations shared/ words
 * (checks, unmet conditions, deadlines' consequences) are the `explanations` namespace:
 * English from shared/explanations' catalogue, the other languages in
 * `features/case-file/explanations/<language>.json`. A unit test checks that every
 * language has exactly the keys of English.
 */
const bundleFiles = import.meta.glob<Messages>(['./locales/*.json', '../features/*/locales/*.json', '../features/*/explanations/*.json'], {
  eager: true,
  import: 'default',
});

export function translationsByLanguage(): Record<UiLanguage, Messages> {
  // shared/training's catalogue (scenario stories, walkthrough steps, banner) under `trainingLibrary`.
  const byLanguage: Record<UiLanguage, Messages[]> = {
    en: [englishExplanationBundle(), { trainingLibrary: trainingEn }],
    nl: [{ trainingLibrary: trainingNl }],
    fr: [{ trainingLibrary: trainingFr }],
    sq: [{ trainingLibrary: trainingSq }],
  };
  for (const [path, messages] of Object.entries(bundleFiles)) {
    const language = /([a-z]{2})\.json$/.exec(path)?.[1] ?? '';
    if (isUiLanguage(language)) byLanguage[language].push(messages);
  }
  return {
    en: mergeMessageBundles(byLanguage.en),
    nl: mergeMessageBundles(byLanguage.nl),
    fr: mergeMessageBundles(byLanguage.fr),
    sq: mergeMessageBundles(byLanguage.sq),
  };
}

export function initI18n(language: UiLanguage): typeof i18next {
  const translations = translationsByLanguage();
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
