import { useEffect, useState } from 'react';
import type { CalendarDate } from '../../../shared/reference';
import { now, subscribeToClock } from './clock';
import { msUntilNextOfficeDay, OFFICE_DAY_RECHECK_MS, officeDate } from './officeDay';

export interface OfficeToday {
  /** The instant the day was last read: for guards that look at the time. */
  now: Date;
  /** Today at the office (YYYY-MM-DD): deadlines count the office's days. */
  today: CalendarDate;
}

function read(): OfficeToday {
  const instant = now();
  return { now: instant, today: officeDate(instant) };
}

/**
 * Today at the office, rolling over at midnight without a reload: a window left open
 * overnight shows the next day's deadline states. A timer waits for the next midnight (at
 * most an hour, to survive a suspended computer); coming back to the window, or the clock
 * being moved (training), reads the day again.
 */
export function useOfficeToday(): OfficeToday {
  const [value, setValue] = useState(read);
  useEffect(() => {
    let timer: number | undefined;
    const check = () => {
      window.clearTimeout(timer);
      const next = read();
      // Same day: keep the value (and so every memo keyed on it); another day: re-render.
      setValue((current) => (current.today === next.today ? current : next));
      timer = window.setTimeout(check, Math.min(msUntilNextOfficeDay(next.now), OFFICE_DAY_RECHECK_MS));
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    check();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', check);
    const unsubscribe = subscribeToClock(check);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', check);
      unsubscribe();
    };
  }, []);
  return value;
}
