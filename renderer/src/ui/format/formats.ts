import type { TFunction } from 'i18next';
import { formatCountry } from './countryName';
import { formatCalendarDate, formatDateTime, formatInstantDate, type DateStyle } from './dateFormat';
import { enumLabel, legalValueText } from './legalValue';
import { formatList, type ListJoin } from './listFormat';
import { formatNumber } from './numberFormat';
import { personDisplayName } from './personName';

/** Every way the renderer shows a value, bound to the user's language (see useFormats). */
export interface Formats {
  locale: string;
  /** A calendar date (YYYY-MM-DD): "16 Dec 2026", "16 dhj 2026". */
  date: (isoDate: string, style?: DateStyle) => string;
  /** An instant, date and time at the office. */
  dateTime: (timestamp: string | Date) => string;
  /** An instant, as the office's calendar day. */
  day: (timestamp: string | Date) => string;
  number: (value: number) => string;
  country: (code: string | undefined) => string;
  list: (items: readonly string[], join?: ListJoin) => string;
  personName: (name: { familyName: string; givenNames: string }) => string;
  enumLabel: (value: string, enumName?: string) => string;
  /** Any recorded value in words (dates, countries, coded values, yes/no, numbers, lists). */
  value: (value: unknown, enumName?: string) => string;
}

export function formatsFor(locale: string, t: TFunction): Formats {
  // Country names are asked for on every row of the case list: remembered per language.
  const countryNames = new Map<string, string>();
  return {
    locale,
    date: (isoDate, style) => formatCalendarDate(isoDate, locale, style),
    dateTime: (timestamp) => formatDateTime(timestamp, locale),
    day: (timestamp) => formatInstantDate(timestamp, locale),
    number: (value) => formatNumber(value, locale),
    country(code) {
      if (!code) return '';
      let name = countryNames.get(code);
      if (name === undefined) {
        name = formatCountry(code, locale);
        countryNames.set(code, name);
      }
      return name;
    },
    list: (items, join) => formatList(items, locale, join),
    personName: personDisplayName,
    enumLabel: (value, enumName) => enumLabel(t, value, enumName),
    value: (value, enumName) => legalValueText(value, { t, locale }, enumName),
  };
}
