import { describe, expect, it } from 'vitest';
import { presetOf, presetPeriod, validPeriod } from '../../../../renderer/src/features/reports/reportPeriodPresets';

describe('report period presets', () => {
  it('this month, the last three months and this year end today', () => {
    expect(presetPeriod('thisMonth', '2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(presetPeriod('lastThreeMonths', '2026-12-02')).toEqual({ from: '2026-10-01', to: '2026-12-02' });
    expect(presetPeriod('thisYear', '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02' });
  });

  it('the last three months cross into the previous year in January and February', () => {
    expect(presetPeriod('lastThreeMonths', '2027-01-15')).toEqual({ from: '2026-11-01', to: '2027-01-15' });
    expect(presetPeriod('lastThreeMonths', '2027-02-28')).toEqual({ from: '2026-12-01', to: '2027-02-28' });
  });

  it('knows which preset a period is', () => {
    expect(presetOf({ from: '2026-01-01', to: '2026-12-02' }, '2026-12-02')).toBe('thisYear');
    expect(presetOf({ from: '2026-01-02', to: '2026-12-02' }, '2026-12-02')).toBeUndefined();
  });

  it('accepts only calendar dates in order', () => {
    expect(validPeriod('2026-01-01', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(validPeriod('2026-04-01', '2026-03-31')).toBeUndefined();
    expect(validPeriod('2026-02-30', '2026-03-31')).toBeUndefined();
    expect(validPeriod('', '2026-03-31')).toBeUndefined();
  });
});
