/**
 * The workflow counts legal periods with the rules' calendar arithmetic (shared/rules/deadlines),
 * so a guard and the deadline shown on screen always agree.
 */
export { addCalendarDays, brusselsDate, daysBetween, endOfPeriod as periodEnd } from '../../rules/deadlines';
