import { albanianNumberSymbols } from './albanianLocaleData';
import { isAlbanian } from './language';

const formatters = new Map<string, Intl.NumberFormat>();

/** A number with the locale's grouping and decimal sign: "12,345" (en), "12.345" (nl), "12 345" (fr, sq). */
export function formatNumber(value: number, locale: string): string {
  // English digits and signs, then the Albanian symbols put in their place.
  const engineLocale = isAlbanian(locale) ? 'en' : locale;
  let made = formatters.get(engineLocale);
  if (!made) {
    made = new Intl.NumberFormat(engineLocale);
    formatters.set(engineLocale, made);
  }
  if (!isAlbanian(locale)) return made.format(value);
  return made
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? albanianNumberSymbols.group : part.type === 'decimal' ? albanianNumberSymbols.decimal : part.value))
    .join('');
}
