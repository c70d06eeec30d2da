import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { albanianMonths } from '../../../renderer/src/ui/format/albanianLocaleData';
import { formatCalendarDate, formatDateTime, formatInstantDate } from '../../../renderer/src/ui/format/dateFormat';
import { formatsFor } from '../../../renderer/src/ui/format/formats';
import { humanisedCode } from '../../../renderer/src/ui/format/legalValue';
import { formatList } from '../../../renderer/src/ui/format/listFormat';
import { formatNumber } from '../../../renderer/src/ui/format/numberFormat';
import { personDisplayName } from '../../../renderer/src/ui/format/personName';
import { appI18next } from '../i18n/appI18next';

const months = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}-16`);

describe('Albanian dates from bundled CLDR data (Chromium has none)', () => {
  it('reads "16 dhjetor 2026" and "16 dhj 2026", never an English month', () => {
    expect(formatCalendarDate('2026-12-16', 'sq-AL', 'long')).toBe('16 dhjetor 2026');
    expect(formatCalendarDate('2026-12-16', 'sq-AL')).toBe('16 dhj 2026');
    expect(formatCalendarDate('2026-07-01', 'sq-AL', 'long')).toBe('1 korrik 2026');
    expect(albanianMonths.wide).toEqual(['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor']);
  });

  // Node ships full ICU (CLDR): the bundled words must be those of a full engine, month by month.
  it.each(months)('%s matches a full-ICU engine, medium and long', (isoDate) => {
    const date = new Date(`${isoDate}T00:00:00Z`);
    expect(formatCalendarDate(isoDate, 'sq-AL')).toBe(new Intl.DateTimeFormat('sq', { dateStyle: 'medium', timeZone: 'UTC' }).format(date));
    expect(formatCalendarDate(isoDate, 'sq-AL', 'long')).toBe(new Intl.DateTimeFormat('sq', { dateStyle: 'long', timeZone: 'UTC' }).format(date));
  });

  it.each(['2026-11-23T09:05:00Z', '2026-11-23T11:30:00Z', '2026-11-23T23:05:00Z', '2026-07-01T12:00:00Z'])(
    'the instant %s at the office matches a full-ICU engine',
    (timestamp) => {
      const full = new Intl.DateTimeFormat('sq', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(timestamp));
      expect(formatDateTime(timestamp, 'sq-AL')).toBe(full);
    },
  );

  it('names the office day of an instant (23:30 UTC is the next day in Brussels)', () => {
    expect(formatInstantDate('2026-11-22T23:30:00Z', 'sq-AL')).toBe('23 nën 2026');
    expect(formatInstantDate('2026-11-22T23:30:00Z', 'en-GB')).toBe('23 Nov 2026');
  });
});

describe('dates of the other languages from the engine', () => {
  it('shows an ISO date without shifting the day', () => {
    expect(formatCalendarDate('2026-11-23', 'en-GB')).toBe('23 Nov 2026');
    expect(formatCalendarDate('2026-11-23', 'fr-BE')).toMatch(/^23 nov\.? 2026$/);
    expect(formatCalendarDate('2026-11-23', 'nl-BE')).toMatch(/^23 nov 2026$/);
    expect(formatDateTime('2026-11-23T09:05:00Z', 'en-GB')).toBe('23 Nov 2026, 10:05');
  });

  it('returns text that is no date as it is', () => {
    expect(formatCalendarDate('unknown', 'sq-AL')).toBe('unknown');
  });
});

describe('lists and numbers', () => {
  it('joins Albanian lists with "ose" and "dhe", like a full engine', () => {
    expect(formatList(['Shqipëri', 'Kosovë', 'Marok'], 'sq-AL', 'or')).toBe('Shqipëri, Kosovë ose Marok');
    expect(formatList(['a', 'b'], 'sq-AL', 'and')).toBe(new Intl.ListFormat('sq', { type: 'conjunction' }).format(['a', 'b']));
    expect(formatList(['a', 'b', 'c'], 'sq-AL', 'or')).toBe(new Intl.ListFormat('sq', { type: 'disjunction' }).format(['a', 'b', 'c']));
    expect(formatList(['a'], 'sq-AL', 'or')).toBe('a');
    expect(formatList(['a', 'b', 'c'], 'fr-BE', 'or')).toBe('a, b ou c');
  });

  it('groups Albanian numbers like a full engine', () => {
    expect(formatNumber(1234567.5, 'sq-AL')).toBe(new Intl.NumberFormat('sq').format(1234567.5));
    expect(formatNumber(12345, 'en-GB')).toBe('12,345');
  });
});

describe('people and coded values', () => {
  it('names a person one way: "HOXHA Ardit"', () => {
    expect(personDisplayName({ familyName: 'Hoxha', givenNames: 'Ardit' })).toBe('HOXHA Ardit');
    expect(personDisplayName({ familyName: 'Rahimi', givenNames: '' })).toBe('RAHIMI');
  });

  let sq: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    const instance = await appI18next();
    sq = instance.getFixedT('sq');
    en = instance.getFixedT('en');
  });

  it('words any recorded value: dates, countries, coded values, yes/no; never raw', () => {
    const formats = formatsFor('sq-AL', sq);
    expect(formats.value('2027-05-02')).toBe('2 maj 2027');
    expect(formats.value('AL')).toBe('Shqipëri');
    expect(formats.value(true)).toBe('Po');
    expect(formats.value(['AL', 'XK'])).toBe('Shqipëri dhe Kosovë');
    const extension = formats.value('removal_in_progress');
    expect(extension).not.toMatch(/_/);
    expect(extension).toBe(sq('caseFile.enums.detentionExtensionGround.removal_in_progress'));
    expect(formatsFor('en-GB', en).value('removal_in_progress')).toBe(en('caseFile.enums.detentionExtensionGround.removal_in_progress'));
    expect(formats.value('Two orders ignored')).toBe('Two orders ignored');
  });

  it('humanises a coded value nobody translated', () => {
    expect(humanisedCode('some_new_value')).toBe('Some new value');
  });
});
