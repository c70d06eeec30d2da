import { daysBetween } from './calendarDays';

export type DeadlineStatus = 'none' | 'running' | 'dueSoon' | 'overdue';

/**
 * The colour of a case's next deadline in the list: overdue once the due date has passed,
 * due soon within `dueSoonDays` (settings, 7 by default), running otherwise.
 */
export function deadlineStatus(nextDeadline: string | undefined, today: string, dueSoonDays: number): DeadlineStatus {
  if (!nextDeadline) return 'none';
  const daysLeft = daysBetween(today, nextDeadline);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'dueSoon' : 'running';
}
