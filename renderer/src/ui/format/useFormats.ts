import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../useLocale';
import { formatsFor, type Formats } from './formats';

/** The formats of the user's language, made once per language. */
export function useFormats(): Formats {
  const locale = useLocale();
  const { i18n } = useTranslation();
  // Labels in this language: the t of useTranslation keeps its identity when the caseworker switches language.
  const language = i18n.language;
  return useMemo(() => formatsFor(locale, i18n.getFixedT(language)), [locale, i18n, language]);
}
