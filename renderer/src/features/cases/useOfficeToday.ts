import { useMemo } from 'react';
import { brusselsDate } from '../../../../shared/rules/deadlines';

/** Today's date at the office (Europe/Brussels), YYYY-MM-DD: deadlines count the office's days. */
export function useOfficeToday(): string {
  return useMemo(() => brusselsDate(new Date()), []);
}
