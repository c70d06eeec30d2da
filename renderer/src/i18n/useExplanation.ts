import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { explanationText, type ExplainedMessage } from './explanationText';
import { isUiLanguage, localeOf } from './languages';

/**
 * Words shared/ messages in the user's language; re-renders when the language changes, so
 * the explanations switch with the rest of the screen.
 */
export function useExplanation(): (message: ExplainedMessage) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = localeOf(isUiLanguage(language) ? language : 'en');
  return useCallback((message: ExplainedMessage) => explanationText(t, locale, message), [t, locale]);
}
