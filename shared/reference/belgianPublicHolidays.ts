import { calendarDate, type CalendarDate } from './calendarDate';

/**
 * The ten Belgian public holidays, used to count working days. Three move with Easter.
 * Legal basis: Law of 4 January 1974 on public holidays and Royal Decree of 18 April 1974,
 * Art. 1. Community and regional holidays (e.g. 11 July, 27 September) are not federal
 * public holidays and are left out.
 */
export const belgianPublicHolidaysLegalBasis = 'Law of 4 January 1974 on public holidays; Royal Decree of 18 April 1974, Art. 1';

export type BelgianPublicHolidayId =
  'new_year' | 'easter_monday' | 'labour_day' | 'ascension' | 'whit_monday' | 'national_day' | 'assumption' | 'all_saints' | 'armistice' | 'christmas';

export interface BelgianPublicHoliday {
  id: BelgianPublicHolidayId;
  date: CalendarDate;
}

/** Fixed-date holidays as [month, day]. */
const fixedHolidays: readonly { id: BelgianPublicHolidayId; month: number; day: number }[] = [
  { id: 'new_year', month: 1, day: 1 },
  { id: 'labour_day', month: 5, day: 1 },
  { id: 'national_day', month: 7, day: 21 },
  { id: 'assumption', month: 8, day: 15 },
  { id: 'all_saints', month: 11, day: 1 },
  { id: 'armistice', month: 11, day: 11 },
  { id: 'christmas', month: 12, day: 25 },
];

/** Movable holidays as days after Easter Sunday. */
const easterOffsets: readonly { id: BelgianPublicHolidayId; daysAfterEaster: number }[] = [
  { id: 'easter_monday', daysAfterEaster: 1 },
  { id: 'ascension', daysAfterEaster: 39 },
  { id: 'whit_monday', daysAfterEaster: 50 },
];

/**
 * Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus), valid for any
 * Gregorian year. Returns the month (3 or 4) and day.
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The public holidays of a year, in date order. */
export function belgianPublicHolidays(year: number): BelgianPublicHoliday[] {
  const easter = easterSunday(year);
  // UTC arithmetic: no daylight-saving shift can move a date.
  const easterUtc = Date.UTC(year, easter.month - 1, easter.day);
  const movable = easterOffsets.map(({ id, daysAfterEaster }) => {
    const date = new Date(easterUtc);
    date.setUTCDate(date.getUTCDate() + daysAfterEaster);
    return { id, date: calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
  });
  const fixed = fixedHolidays.map(({ id, month, day }) => ({ id, date: calendarDate(year, month, day) }));
  return [...fixed, ...movable].sort((x, y) => x.date.localeCompare(y.date));
}

const cache = new Map<number, ReadonlySet<CalendarDate>>();

export function isBelgianPublicHoliday(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  let set = cache.get(year);
  if (!set) {
    set = new Set(belgianPublicHolidays(year).map((holiday) => holiday.date));
    cache.set(year, set);
  }
  return set.has(date);
}
