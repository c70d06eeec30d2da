import { dueSoonPolicy, type CalendarDate, type DueSoonPolicy } from '../../reference';
import { daysBetween } from './calendarArithmetic';

/** How a running deadline stands on a date (met deadlines are decided by their record). */
export type DeadlineUrgency = 'running' | 'due_soon' | 'overdue';

export interface DeadlineProgress {
  /** Share of the period elapsed, 0–1 (capped). */
  elapsedShare: number;
  /** Days from the assessment date to the due date (negative when overdue). */
  daysRemaining: number;
}

/** How far a deadline has run on a date. Without a start date only the days remaining are known. */
export function deadlineProgress(period: { startDate?: CalendarDate | undefined; dueDate: CalendarDate }, asOf: CalendarDate): DeadlineProgress {
  const daysRemaining = daysBetween(asOf, period.dueDate);
  if (period.startDate === undefined) return { elapsedShare: daysRemaining < 0 ? 1 : 0, daysRemaining };
  const total = daysBetween(period.startDate, period.dueDate);
  const elapsed = daysBetween(period.startDate, asOf);
  const elapsedShare = total <= 0 ? (elapsed >= 0 ? 1 : 0) : Math.min(1, Math.max(0, elapsed / total));
  return { elapsedShare, daysRemaining };
}

/** The office's one "due soon" rule (shared/reference/deadlinePolicy.ts), for every screen and statistic. */
export function isDueSoon(progress: DeadlineProgress, policy: DueSoonPolicy = dueSoonPolicy): boolean {
  return progress.daysRemaining >= 0 && (progress.elapsedShare >= policy.elapsedShare || progress.daysRemaining <= policy.withinDays);
}

/** Overdue after the due date, due soon by the policy, running otherwise. */
export function deadlineUrgency(progress: DeadlineProgress, policy: DueSoonPolicy = dueSoonPolicy): DeadlineUrgency {
  if (progress.daysRemaining < 0) return 'overdue';
  return isDueSoon(progress, policy) ? 'due_soon' : 'running';
}

/** The policy with the office's own number of days (settings), the elapsed share kept. */
export function dueSoonPolicyWithin(days: number | undefined): DueSoonPolicy {
  return days === undefined ? dueSoonPolicy : { ...dueSoonPolicy, withinDays: days };
}

/** A deadline's state under a policy other than the reference one (a running or due-soon state is re-derived; met and overdue stand). */
export function underPolicy<T extends { state: 'running' | 'due_soon' | 'overdue' | 'met' | 'ended'; elapsedShare: number; daysRemaining: number }>(
  deadline: T,
  policy: DueSoonPolicy,
): T {
  if (deadline.state !== 'running' && deadline.state !== 'due_soon') return deadline;
  const state = isDueSoon(deadline, policy) ? 'due_soon' : 'running';
  return state === deadline.state ? deadline : { ...deadline, state };
}
