import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, isWeekend } from 'date-fns';
import { calendarDate, isBelgianPublicHoliday, type CalendarDate, type LegalPeriod } from '../../reference';

/**
 * Date arithmetic on calendar dates. A `YYYY-MM-DD` string becomes a local-midnight Date
 * only inside these functions; date-fns adds days and months on the calendar, so daylight
 * saving time never moves a date.
 */
export function toLocalDate(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? Number.NaN, (month ?? Number.NaN) - 1, day ?? Number.NaN);
}

export function fromLocalDate(date: Date): CalendarDate {
  return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function addCalendarDays(date: CalendarDate, amount: number): CalendarDate {
  return fromLocalDate(addDays(toLocalDate(date), amount));
}

/** Days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

export function isWorkingDay(date: CalendarDate): boolean {
  return !isWeekend(toLocalDate(date)) && !isBelgianPublicHoliday(date);
}

/** The date `amount` working days after (or, if negative, before) `start`; weekends and Belgian public holidays are skipped. */
export function addWorkingDays(start: CalendarDate, amount: number): CalendarDate {
  const step = amount < 0 ? -1 : 1;
  let date = start;
  let remaining = Math.abs(amount);
  while (remaining > 0) {
    date = addCalendarDays(date, step);
    if (isWorkingDay(date)) remaining -= 1;
  }
  return date;
}

/**
 * The last day of a period starting on `start` (the day of the event is not counted, so
 * 14 days from a Friday end on the Friday two weeks later). Months run from date to date;
 * a day missing in the target month falls back to its last day (31 Jan + 1 month = 28/29
 * Feb). No roll-over to the next working day: the agreements count calendar days.
 */
export function endOfPeriod(start: CalendarDate, period: Pick<LegalPeriod, 'amount' | 'unit'>): CalendarDate {
  const date = toLocalDate(start);
  switch (period.unit) {
    case 'calendar_days':
      return fromLocalDate(addDays(date, period.amount));
    case 'working_days':
      return addWorkingDays(start, period.amount);
    case 'weeks':
      return fromLocalDate(addWeeks(date, period.amount));
    case 'months':
      return fromLocalDate(addMonths(date, period.amount));
    case 'years':
      return fromLocalDate(addYears(date, period.amount));
  }
}

/** The date a period before `end` begins: `end − period` (e.g. the last day a request can arrive with 6 months left). */
export function startOfPeriodEndingOn(end: CalendarDate, period: Pick<LegalPeriod, 'amount' | 'unit'>): CalendarDate {
  return endOfPeriod(end, { ...period, amount: -period.amount });
}

/**
 * One formatter for the whole process, made on first use: building an Intl.DateTimeFormat
 * costs tens of microseconds (it loads the time-zone data), formatting with it about one.
 * Every case written computes its next-deadline index from today's Brussels date, so
 * making a new formatter per call was most of the cost of a bulk import.
 */
let brusselsFormat: Intl.DateTimeFormat | undefined;

/** The calendar date of an instant in Europe/Brussels (the office's time zone). */
export function brusselsDate(instant: Date | string): CalendarDate {
  brusselsFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = brusselsFormat.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return calendarDate(part('year'), part('month'), part('day'));
}

export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

export function earlierOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
