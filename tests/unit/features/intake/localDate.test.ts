import { describe, expect, it } from 'vitest';
import { dateInputPattern, formatIsoDate, parseLocalDate } from '../../../../renderer/src/features/intake/localDate';

describe('dates in the caseworker\'s locale', () => {
  it.each([
    ['en-GB', 'DD/MM/YYYY'],
    ['fr-BE', 'DD/MM/YYYY'],
    ['nl-BE', 'DD/MM/YYYY'],
    ['sq-AL', 'DD.MM.YYYY'],
  ])('%s types dates as %s', (locale, format) => {
    expect(dateInputPattern(locale).dayjsFormat).toBe(format);
  });

  it('reads a typed Belgian date as an ISO calendar date', () => {
    expect(parseLocalDate('08/02/1991', dateInputPattern('nl-BE'))).toBe('1991-02-08');
    expect(parseLocalDate('8.2.1991', dateInputPattern('sq-AL'))).toBe('1991-02-08');
    expect(parseLocalDate('1991-02-08', dateInputPattern('en-GB'))).toBe('1991-02-08');
  });

  it('refuses a date that does not exist or a two-digit year', () => {
    expect(parseLocalDate('31/02/2026', dateInputPattern('fr-BE'))).toBeUndefined();
    expect(parseLocalDate('08/02/91', dateInputPattern('fr-BE'))).toBeUndefined();
    expect(parseLocalDate('tomorrow', dateInputPattern('fr-BE'))).toBeUndefined();
  });

  it('shows an ISO date in the locale without shifting the day', () => {
    expect(formatIsoDate('2026-11-23', 'en-GB')).toBe('23 Nov 2026');
    expect(formatIsoDate('2026-11-23', 'fr-BE')).toMatch(/^23 nov/);
  });
});
