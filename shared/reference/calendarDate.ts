import { z } from 'zod';

/**
 * A calendar date `YYYY-MM-DD` read in the office's time zone (Europe/Brussels). Legal
 * periods count days, not instants, so reference data and rules never carry a time.
 */
export const CalendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** Formats a year, month (1–12) and day as `YYYY-MM-DD`. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
