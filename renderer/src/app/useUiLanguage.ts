import { useEffect } from 'react';
import { initI18n, localeOf } from '../i18n';
import { useUiPreferencesStore } from '../stores/uiPreferencesStore';

const i18n = initI18n(useUiPreferencesStore.getState().language);

/**
 * Keeps i18next and the document's language in step with the chosen UI language, so
 * every screen switches language without a reload.
 */
export function useUiLanguage(): typeof i18n {
  const language = useUiPreferencesStore((state) => state.language);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = localeOf(language);
  }, [language]);
  return i18n;
}
