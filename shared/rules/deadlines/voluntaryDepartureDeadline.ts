import type { CaseFile, OrderToLeaveDecision } from '../../model';
import { voluntaryDeparture, type CalendarDate, type LegalPeriod } from '../../reference';
import { brusselsDate, endOfPeriod } from './calendarArithmetic';
import { buildDeadline, type Deadline } from './deadline';

/** The order to leave in force: the latest one notified. */
export function currentOrderToLeave(caseFile: Pick<CaseFile, 'decisions'>): OrderToLeaveDecision | undefined {
  return caseFile.decisions
    .filter((decision): decision is OrderToLeaveDecision => decision.type === 'order_to_leave' && decision.notifiedOn !== undefined)
    .sort((a, b) => (a.notifiedOn ?? '').localeCompare(b.notifiedOn ?? ''))
    .at(-1);
}

/** The date the person actually left, in Brussels time. */
export function departureDate(caseFile: Pick<CaseFile, 'returnOperation'>): CalendarDate | undefined {
  const departedAt = caseFile.returnOperation?.departedAt;
  return departedAt ? brusselsDate(departedAt) : undefined;
}

/**
 * End of the voluntary departure period: notification + the days granted in the order
 * (Aliens Act Art. 74/14), or the extended date. An order granting no period has no timer.
 * The period is the person's, not the office's: once it has run out unused it is "ended"
 * (never "met"): forced return may be prepared.
 */
export function voluntaryDepartureDeadline(caseFile: Pick<CaseFile, 'decisions' | 'returnOperation'>, asOf: CalendarDate): Deadline | undefined {
  const order = currentOrderToLeave(caseFile);
  if (!order?.notifiedOn || (order.departureDays === 0 && !order.departurePeriodExtendedUntil)) return undefined;
  const basis = voluntaryDeparture.defaultPeriod;
  const period: LegalPeriod = {
    amount: order.departureDays,
    unit: 'calendar_days',
    legalBasis: basis.legalBasis,
    verified: basis.verified,
    note: 'Days granted in the order to leave.',
  };
  const dueDate = order.departurePeriodExtendedUntil ?? endOfPeriod(order.notifiedOn, period);
  return buildDeadline({
    kind: 'voluntary_departure',
    record: { type: 'decision', id: order.id },
    label: 'Voluntary departure period ends',
    startDate: order.notifiedOn,
    dueDate,
    period,
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: departureDate(caseFile) ?? null,
    nature: 'expiry',
    flagWhenEnded: true,
    consequence: 'deadlines.voluntary_departure.consequence.forcedReturn',
    asOf,
  });
}
