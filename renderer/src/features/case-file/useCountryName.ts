import { useMemo } from 'react';
import { countryNameIn } from '../../../../shared/explanations';
import { useLocale } from '../../ui/useLocale';

/** Names a country code in the user's language (the same names as the explanations give, Albanian included where the engine lacks it). */
export function useCountryName(): (code: string) => string {
  const locale = useLocale();
  return useMemo(() => (code: string) => countryNameIn(locale, code), [locale]);
}
