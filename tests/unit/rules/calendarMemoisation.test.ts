import { describe, expect, it } from 'vitest';
import { belgianPublicHolidays, isBelgianPublicHoliday, type CalendarDate } from '../../../shared/reference';
import { addCalendarDays, brusselsDate } from '../../../shared/rules';

/**
 * The calendar helpers keep what is expensive to build (the Brussels date formatter, each
 * year's holiday set) between calls. These tests compare the memoised answers with the
 * answers computed from scratch, as the code did before, over many years and every
 * daylight-saving change in them.
 */

/** What brusselsDate did before memoisation: a new formatter for every call. */
function brusselsDateFromScratch(instant: Date): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => String(Number(parts.find((candidate) => candidate.type === type)?.value));
  return `${part('year')}-${part('month').padStart(2, '0')}-${part('day').padStart(2, '0')}`;
}

const HOUR = 3_600_000;

describe('brusselsDate with one shared formatter', () => {
  it('gives the same date as a fresh formatter around every midnight and DST change of 2024–2031', () => {
    const instants: Date[] = [];
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2031, 0, 1); day += 24 * HOUR) {
      // 21:59:59.999 to 23:00 UTC: the hours where the Brussels date flips (UTC+1 in winter, UTC+2 in summer).
      for (const offset of [-2 * HOUR - 1, -2 * HOUR, -HOUR - 1, -HOUR, 0, 11 * HOUR]) instants.push(new Date(day + offset));
    }
    let flips = 0;
    for (const instant of instants) {
      const memoised = brusselsDate(instant);
      expect(memoised).toBe(brusselsDateFromScratch(instant));
      if (memoised !== instant.toISOString().slice(0, 10)) flips += 1;
    }
    // The comparison covered instants where the Brussels date differs from the UTC date.
    expect(flips).toBeGreaterThan(2 * 365 * 7);
  });

  it('answers repeated and interleaved calls (Date and ISO string) the same way each time', () => {
    const winter = '2026-11-22T23:30:00Z';
    const summer = new Date('2026-07-01T22:30:00Z');
    for (let i = 0; i < 3; i++) {
      expect(brusselsDate(winter)).toBe('2026-11-23');
      expect(brusselsDate(summer)).toBe('2026-07-02');
      expect(brusselsDate('2026-03-29T00:59:59Z')).toBe('2026-03-29');
      expect(brusselsDate('2026-10-24T22:00:00Z')).toBe('2026-10-25');
    }
  });
});

describe('isBelgianPublicHoliday with a holiday set per year', () => {
  it('agrees with the list of the year for every day of 1990–2100, asked twice', () => {
    let holidays = 0;
    let listedDates = 0;
    for (let pass = 0; pass < 2; pass++) {
      holidays = 0;
      listedDates = 0;
      for (let year = 1990; year <= 2100; year++) {
        const listed = new Set<string>(belgianPublicHolidays(year).map((holiday) => holiday.date));
        listedDates += listed.size;
        for (let date: CalendarDate = `${year}-01-01`; date.startsWith(String(year)); date = addCalendarDays(date, 1)) {
          const answer = isBelgianPublicHoliday(date);
          expect(answer).toBe(listed.has(date));
          if (answer) holidays += 1;
        }
      }
    }
    // Every listed date was found as a holiday (ten a year, fewer where two fall on one day, e.g. Ascension on 1 May).
    expect(holidays).toBe(listedDates);
    expect(holidays).toBeGreaterThan(111 * 9);
  });
});
