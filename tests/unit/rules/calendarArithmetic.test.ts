import { describe, expect, it } from 'vitest';
import { addWorkingDays, brusselsDate, deadlineState, endOfPeriod, isWorkingDay, startOfPeriodEndingOn } from '../../../shared/rules';

describe('endOfPeriod (the day of the event is not counted)', () => {
  it.each([
    ['2026-11-20', { amount: 14, unit: 'calendar_days' }, '2026-12-04', 'EC–Albania RA Art. 10: 14 calendar days from a Friday end on a Friday'],
    ['2026-01-31', { amount: 1, unit: 'months' }, '2026-02-28', 'months run date to date; a missing day falls back to the month end'],
    ['2028-01-31', { amount: 1, unit: 'months' }, '2028-02-29', 'leap year'],
    ['2026-11-01', { amount: 6, unit: 'weeks' }, '2026-12-13', 'Aliens Act Art. 51/5/1: Dublin detention 6 weeks'],
    ['2026-03-01', { amount: 1, unit: 'years' }, '2027-03-01', 'EC–Albania RA Art. 10: 1 year'],
    ['2026-04-03', { amount: 1, unit: 'working_days' }, '2026-04-07', 'Easter Monday 6 April 2026 skipped (Royal Decree of 18 April 1974)'],
    ['2026-12-24', { amount: 2, unit: 'working_days' }, '2026-12-29', 'Christmas and the weekend skipped'],
    ['2026-03-29', { amount: 14, unit: 'calendar_days' }, '2026-04-12', 'across the DST change'],
  ] as const)('%s + %o = %s (%s)', (start, period, expected, _basis) => {
    expect(endOfPeriod(start, period)).toBe(expected);
  });

  it('counts back: the last day a request can arrive with 6 months left (ETS 112 Art. 3(1)(c))', () => {
    expect(startOfPeriodEndingOn('2027-07-23', { amount: 6, unit: 'months' })).toBe('2027-01-23');
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-03');
  });

  it.each([
    ['2026-05-14', false], // Ascension
    ['2026-05-25', false], // Whit Monday
    ['2026-11-21', false], // Saturday
    ['2026-11-23', true],
  ])('isWorkingDay(%s) = %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('reads instants in Europe/Brussels', () => {
    expect(brusselsDate('2026-11-22T23:30:00Z')).toBe('2026-11-23'); // 00:30 in Brussels (CET)
    expect(brusselsDate('2026-07-01T22:30:00Z')).toBe('2026-07-02'); // 00:30 in Brussels (CEST)
  });
});

describe('deadlineState (domain.md §5(d): warn at 75%, overdue after expiry)', () => {
  const base = { startDate: '2026-11-01', dueDate: '2026-11-21', metOn: null, nature: 'action' as const };
  it.each([
    ['2026-11-10', 'running'],
    ['2026-11-16', 'due_soon'], // 15 of 20 days = 75%
    ['2026-11-21', 'due_soon'],
    ['2026-11-22', 'overdue'],
  ])('as of %s: %s', (asOf, state) => {
    expect(deadlineState({ ...base, asOf }).state).toBe(state);
  });
  it('met once done, and an expiry that has passed counts as ended', () => {
    expect(deadlineState({ ...base, metOn: '2026-11-18', asOf: '2026-11-30' }).state).toBe('met');
    expect(deadlineState({ ...base, nature: 'expiry', asOf: '2026-11-30' }).state).toBe('met');
  });
});
