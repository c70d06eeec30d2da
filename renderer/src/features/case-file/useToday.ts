import { useMemo } from 'react';
import { brusselsToday } from '../intake/caseFileFromIntake';

/** Today in Brussels: legal periods count the office's calendar days. */
export function useToday(): { now: Date; today: string } {
  return useMemo(() => {
    const now = new Date();
    return { now, today: brusselsToday(now) };
  }, []);
}
