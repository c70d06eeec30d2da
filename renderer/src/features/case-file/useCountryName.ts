import { useMemo } from 'react';
import { countryName } from '../intake/fields/countryOptions';
import { useLocale } from '../intake/useLocale';

/** Names a country code in the user's language. */
export function useCountryName(): (code: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = undefined;
    }
    return (code: string) => countryName(code, names);
  }, [locale]);
}
