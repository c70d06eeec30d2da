import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../useLocale';
import { formatsFor, type Formats } from './formats';

/** The formats of the user's language, made once per language. */
export function useFormats(): Formats {
  const locale = useLocale();
  const { t, i18n } = useTranslation();
  // The language is a dependency: t keeps its identity when the caseworker switches language.
  return useMemo(() => formatsFor(locale, t), [locale, t, i18n.language]);
}
