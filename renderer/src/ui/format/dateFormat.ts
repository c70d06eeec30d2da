import { albanianDayPeriods, albanianMonths } from './albanianLocaleData';
import { isAlbanian } from './language';
import { officeTimeZone } from './officeTimeZone';

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})/;

export type DateStyle = 'medium' | 'long';

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Formatters are costly to make and cheap to use: one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

function albanianDate(year: number, month: number, day: number, style: DateStyle): string {
  const names = style === 'long' ? albanianMonths.wide : albanianMonths.abbreviated;
  return `${day} ${names[month - 1] ?? ''} ${year}`;
}

/**
 * A calendar date (YYYY-MM-DD) in words of the locale: "16 Dec 2026", "16 déc. 2026",
 * "16 dhj 2026" (medium) or "16 December 2026", "16 dhjetor 2026" (long). The date is
 * never shifted by a time zone. Text that is not a date is returned as it is.
 */
export function formatCalendarDate(isoDate: string, locale: string, style: DateStyle = 'medium'): string {
  const match = calendarDatePattern.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (isAlbanian(locale)) return albanianDate(year, month, day, style);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' };
  return formatter(locale, options).format(new Date(Date.UTC(year, month - 1, day)));
}

function zonedParts(instant: Date): ZonedParts {
  const parts = formatter('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    timeZone: officeTimeZone,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

function instantOf(timestamp: string | Date): Date | undefined {
  const instant = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** An instant as date and time at the office: "23 Nov 2026, 10:05", "23 nën 2026, 10:05 p.d.". */
export function formatDateTime(timestamp: string | Date, locale: string): string {
  const instant = instantOf(timestamp);
  if (!instant) return String(timestamp);
  if (isAlbanian(locale)) {
    const { year, month, day, hour, minute } = zonedParts(instant);
    const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
    return `${albanianDate(year, month, day, 'medium')}, ${twelveHour}:${String(minute).padStart(2, '0')} ${hour < 12 ? albanianDayPeriods.am : albanianDayPeriods.pm}`;
  }
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: officeTimeZone }).format(instant);
}

/** The office's calendar day of an instant, in words: when a case was last changed. */
export function formatInstantDate(timestamp: string | Date, locale: string): string {
  const instant = instantOf(timestamp);
  if (!instant) return String(timestamp);
  const { year, month, day } = zonedParts(instant);
  return formatCalendarDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, locale);
}
