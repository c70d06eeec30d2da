import { localeOf } from '../i18n';
import { useUiPreferencesStore } from '../stores/uiPreferencesStore';

/** The BCP 47 locale of the chosen UI language (for dates and numbers). */
export function useLocale(): string {
  const language = useUiPreferencesStore((state) => state.language);
  return localeOf(language);
}
