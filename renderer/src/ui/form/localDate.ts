/**
 * Dates as the caseworker types them: in the order and with the separator of
 * their locale (08/02/1991 in Belgium, 08.02.1991 in Albania), stored as ISO calendar
 * dates (YYYY-MM-DD). Pure functions of the locale, so they are tested without a browser.
 */
export type DatePart = 'day' | 'month' | 'year';

export interface DateInputPattern {
  order: readonly DatePart[];
  separator: string;
  /** The same pattern for dayjs (Mantine's DateInput `valueFormat`). */
  dayjsFormat: string;
}

const dayjsTokens: Readonly<Record<DatePart, string>> = { day: 'DD', month: 'MM', year: 'YYYY' };

/**
 * Date orders of the office's languages, for an engine without that locale's data:
 * Chromium's ICU has no Albanian, and its Intl silently falls back to en-US
 * (month/day/year), which would read 08.02.1991 as 2 August.
 */
const knownOrders: Readonly<Record<string, { order: readonly DatePart[]; separator: string }>> = {
  sq: { order: ['day', 'month', 'year'], separator: '.' },
};
const dayMonthYear = { order: ['day', 'month', 'year'] as const, separator: '/' };

function hasLocaleData(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** The pattern of a locale the engine has no data for: the known order of its language, else day/month/year. */
export function fallbackDatePattern(locale: string): DateInputPattern {
  const { order, separator } = knownOrders[locale.toLowerCase().split(/[-_]/)[0] ?? ''] ?? dayMonthYear;
  return { order, separator, dayjsFormat: order.map((part) => dayjsTokens[part]).join(separator) };
}

export function dateInputPattern(locale: string): DateInputPattern {
  if (!hasLocaleData(locale)) return fallbackDatePattern(locale);
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2000, 10, 22)),
  );
  const order = parts.map((part) => part.type).filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
  const safeOrder: readonly DatePart[] = order.length === 3 ? order : ['day', 'month', 'year'];
  return { order: safeOrder, separator, dayjsFormat: safeOrder.map((part) => dayjsTokens[part]).join(separator) };
}

/** Reads a typed date in the locale's order (or ISO); undefined when it is not a real date. */
export function parseLocalDate(text: string, pattern: DateInputPattern): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = trimmed.split(/[^\d]+/).filter((chunk) => chunk.length > 0);
  if (numbers.length !== 3) return undefined;
  const value: Record<DatePart, number> = { day: 0, month: 0, year: 0 };
  pattern.order.forEach((part, index) => {
    value[part] = Number(numbers[index]);
  });
  if (value.year < 100) return undefined;
  return isoIfReal(value.year, value.month, value.day);
}

function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO calendar date written in the locale's order and separator (2026-11-23 → 23/11/2026); other text is returned as it is. */
export function formatLocalDate(value: string, pattern: DateInputPattern): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!iso || isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3])) === undefined) return value;
  const parts: Record<DatePart, string> = { year: iso[1] ?? '', month: iso[2] ?? '', day: iso[3] ?? '' };
  return pattern.order.map((part) => parts[part]).join(pattern.separator);
}

/**
 * What a date field holds for the text typed in it: nothing for a blank field, the ISO date
 * for a real date, and the text itself otherwise. Keeping an impossible date as text (never
 * dropping it) is what makes the form refuse it with a message instead of saving the case
 * without that date.
 */
export function dateFieldValue(text: string, pattern: DateInputPattern): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return parseLocalDate(trimmed, pattern) ?? trimmed;
}

/** True for an ISO calendar date that exists (the value of a date field that was typed correctly). */
export function isRealIsoDate(value: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso !== null && isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3])) !== undefined;
}
