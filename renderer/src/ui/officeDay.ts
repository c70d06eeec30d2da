import type { CalendarDate } from '../../../shared/reference';
import { brusselsDate } from '../../../shared/rules/deadlines';
import { officeTimeZone } from './format/officeTimeZone';

/** Re-read the day at least this often, so a suspended computer or a DST change is caught within the hour. */
export const OFFICE_DAY_RECHECK_MS = 60 * 60_000;

/** The office's calendar day of an instant (Europe/Brussels: legal periods count the office's days). */
export function officeDate(instant: Date): CalendarDate {
  return brusselsDate(instant);
}

/** How far the office's wall clock is ahead of UTC at an instant, in milliseconds. */
function officeOffsetMs(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: officeTimeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Milliseconds from an instant to the next midnight at the office (never less than one second). */
export function msUntilNextOfficeDay(instant: Date): number {
  const [year, month, day] = officeDate(instant).split('-').map(Number);
  const nextMidnightWall = Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1);
  // The offset of the midnight itself (read near it), not of now: summer time may start or end in between.
  const nearMidnight = nextMidnightWall - officeOffsetMs(instant);
  return Math.max(1000, nextMidnightWall - officeOffsetMs(new Date(nearMidnight)) - instant.getTime());
}
