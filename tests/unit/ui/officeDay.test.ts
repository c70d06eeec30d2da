import { afterEach, describe, expect, it } from 'vitest';
import { now, setClockSource, subscribeToClock } from '../../../renderer/src/ui/clock';
import { msUntilNextOfficeDay, officeDate } from '../../../renderer/src/ui/officeDay';

describe('the office day (Europe/Brussels)', () => {
  it('waits until the next midnight at the office, winter and summer time', () => {
    expect(msUntilNextOfficeDay(new Date('2026-12-15T22:59:00Z'))).toBe(60_000); // 23:59 CET
    expect(msUntilNextOfficeDay(new Date('2026-07-01T21:30:00Z'))).toBe(30 * 60_000); // 23:30 CEST
    expect(msUntilNextOfficeDay(new Date('2026-12-15T23:00:00Z'))).toBe(24 * 60 * 60_000); // midnight: the next one
  });

  it('counts the day on which summer time starts (23 hours long)', () => {
    expect(msUntilNextOfficeDay(new Date('2026-03-28T23:00:00Z'))).toBe(23 * 60 * 60_000); // 00:00 CET on 29 March
  });

  it('reads the office day, not UTC', () => {
    expect(officeDate(new Date('2026-12-15T23:30:00Z'))).toBe('2026-12-16');
  });
});

describe('the clock', () => {
  afterEach(() => setClockSource(undefined));

  it('can be moved (training) and tells who listens', () => {
    let heard = 0;
    const unsubscribe = subscribeToClock(() => {
      heard += 1;
    });
    setClockSource(() => new Date('2030-01-01T08:00:00Z'));
    expect(now().toISOString()).toBe('2030-01-01T08:00:00.000Z');
    unsubscribe();
    setClockSource(undefined);
    expect(heard).toBe(1);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
