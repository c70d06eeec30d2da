import { useMemo } from 'react';
import { localeOf } from '../../i18n';
import { useUiPreferencesStore } from '../../stores/uiPreferencesStore';

export interface ListFormats {
  locale: string;
  country: (code: string) => string;
  /** A calendar date (YYYY-MM-DD) in the user's locale. */
  date: (isoDate: string) => string;
  /** An instant in the user's locale, as a date. */
  day: (timestamp: string) => string;
  count: (value: number) => string;
}

/** Country names (Intl.DisplayNames), dates and numbers in the UI language, made once per language. */
export function useListFormats(): ListFormats {
  const language = useUiPreferencesStore((state) => state.language);
  return useMemo(() => {
    const locale = localeOf(language);
    let regions: Intl.DisplayNames | undefined;
    try {
      regions = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      regions = undefined;
    }
    const names = new Map<string, string>();
    const calendar = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const local = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const numbers = new Intl.NumberFormat(locale);
    return {
      locale,
      country(code) {
        if (!code) return '';
        const known = names.get(code);
        if (known) return known;
        // Kosovo (XK) is a user-assigned code that some engines do not name.
        const named = regions?.of(code);
        const name = named && named !== code ? named : code === 'XK' ? 'Kosovo' : code;
        names.set(code, name);
        return name;
      },
      date: (isoDate) => calendar.format(new Date(`${isoDate}T00:00:00Z`)),
      day: (timestamp) => local.format(new Date(timestamp)),
      count: (value) => numbers.format(value),
    };
  }, [language]);
}
