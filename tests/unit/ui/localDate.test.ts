import { describe, expect, it, vi } from 'vitest';
import { dateInputPattern, fallbackDatePattern, parseLocalDate } from '../../../renderer/src/ui/form/localDate';

describe("dates in the caseworker's locale", () => {
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
});

describe("an engine without the locale's data (Chromium has no Albanian: its Intl falls back to en-US)", () => {
  it('still types Albanian dates day.month.year, never month first', () => {
    // Node has full ICU; the engine's missing Albanian data is simulated.
    const spy = vi
      .spyOn(Intl.DateTimeFormat, 'supportedLocalesOf')
      .mockImplementation((locales) => [locales].flat().flatMap((locale) => (typeof locale === 'string' && !locale.startsWith('sq') ? [locale] : [])));
    try {
      const pattern = dateInputPattern('sq-AL');
      expect(pattern.dayjsFormat).toBe('DD.MM.YYYY');
      expect(parseLocalDate('08.02.1991', pattern)).toBe('1991-02-08');
      expect(dateInputPattern('nl-BE').dayjsFormat).toBe('DD/MM/YYYY');
    } finally {
      spy.mockRestore();
    }
  });

  it('reads an unknown locale day/month/year, the European order', () => {
    expect(fallbackDatePattern('zz-ZZ')).toEqual({ order: ['day', 'month', 'year'], separator: '/', dayjsFormat: 'DD/MM/YYYY' });
  });
});
