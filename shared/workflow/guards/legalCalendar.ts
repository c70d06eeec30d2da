import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';
import type { IsoDate } from '../../model';
import { belgianPublicHolidays, type LegalPeriod } from '../../reference';

/**
 * Calendar arithmetic for the workflow guards. shared/rules/deadlines did not exist when
 * the workflow was written, so the few deadlines the guards need are computed here from
 * the reference periods; once the deadline module exists the guards can call it instead.
 */

const brusselsDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in Europe/Brussels, the office's legal time zone. */
export function brusselsDate(instant: Date): IsoDate {
  const parts = Object.fromEntries(brusselsDateFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}

function toDate(date: IsoDate): Date {
  return parseISO(date);
}

function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(toDate(date), days));
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

function isBelgianWorkingDay(date: Date): boolean {
  if (isWeekend(date)) return false;
  const iso = toIsoDate(date);
  return !belgianPublicHolidays(date.getFullYear()).some((holiday) => holiday.date === iso);
}

/**
 * The last day of a period that starts on `start` (the triggering day itself not counted):
 * receipt on the 1st + 14 calendar days ends on the 15th. Working days skip weekends and
 * Belgian public holidays.
 */
export function periodEnd(start: IsoDate, period: Pick<LegalPeriod, 'amount' | 'unit'>): IsoDate {
  const date = toDate(start);
  switch (period.unit) {
    case 'calendar_days':
      return toIsoDate(addDays(date, period.amount));
    case 'weeks':
      return toIsoDate(addWeeks(date, period.amount));
    case 'months':
      return toIsoDate(addMonths(date, period.amount));
    case 'years':
      return toIsoDate(addYears(date, period.amount));
    case 'working_days': {
      let cursor = date;
      let counted = 0;
      while (counted < period.amount) {
        cursor = addDays(cursor, 1);
        if (isBelgianWorkingDay(cursor)) counted += 1;
      }
      return toIsoDate(cursor);
    }
  }
}

/** Describes a period for a message: "14 calendar days", "5 months". */
export function describePeriod(period: Pick<LegalPeriod, 'amount' | 'unit'>): string {
  const unit = period.unit.replace('_', ' ');
  return `${period.amount} ${period.amount === 1 ? unit.replace(/s$/, '') : unit}`;
}
