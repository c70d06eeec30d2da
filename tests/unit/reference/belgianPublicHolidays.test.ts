import { describe, expect, it } from 'vitest';
import { belgianPublicHolidays, easterSunday, isBelgianPublicHoliday } from '../../../shared/reference';

// Legal basis for every case: Law of 4 January 1974 on public holidays; Royal Decree of 18 April 1974, Art. 1.
describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, expected) => {
    const { month, day } = easterSunday(year);
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(expected);
  });
});

describe('belgianPublicHolidays', () => {
  it.each([
    [2026, { easter_monday: '2026-04-06', ascension: '2026-05-14', whit_monday: '2026-05-25' }],
    [2027, { easter_monday: '2027-03-29', ascension: '2027-05-06', whit_monday: '2027-05-17' }],
    [2025, { easter_monday: '2025-04-21', ascension: '2025-05-29', whit_monday: '2025-06-09' }],
    [2024, { easter_monday: '2024-04-01', ascension: '2024-05-09', whit_monday: '2024-05-20' }],
  ])('%i: Easter-based holidays', (year, expected) => {
    const byId = Object.fromEntries(belgianPublicHolidays(year).map((holiday) => [holiday.id, holiday.date]));
    expect(byId).toMatchObject(expected);
  });

  it.each([2024, 2025, 2026, 2027, 2030])('%i has ten holidays including the fixed ones, in date order', (year) => {
    const holidays = belgianPublicHolidays(year);
    expect(holidays).toHaveLength(10);
    const dates = holidays.map((holiday) => holiday.date);
    expect([...dates].sort()).toEqual(dates);
    for (const fixed of ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25']) {
      expect(dates).toContain(`${year}-${fixed}`);
    }
  });

  it.each([
    ['2026-07-21', true],
    ['2026-11-11', true],
    ['2026-04-05', false], // Easter Sunday itself is a Sunday, not a listed holiday
    ['2026-07-11', false], // Flemish Community holiday, not federal
    ['2026-11-23', false],
  ])('isBelgianPublicHoliday(%s) = %s', (date, expected) => {
    expect(isBelgianPublicHoliday(date)).toBe(expected);
  });
});
