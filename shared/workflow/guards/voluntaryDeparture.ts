import type { OrderToLeaveDecision, ShortenedDepartureGround } from '../../model';
import { notAuthorisedOverThreeMonths, voluntaryDeparture } from '../../reference';
import { currentOrderToLeave } from '../../rules/deadlines';
import { latestOrderToLeave, voluntaryDepartureLastDay } from '../caseFacts';
import type { CaseGuard, GuardContext, UnmetCondition } from '../types';
import { say, unmet } from './condition';

const orderBasis = 'Aliens Act Arts. 7 and 74/14; Directive 2008/115/EC Arts. 6–7';

export const orderToLeaveNotified: CaseGuard = {
  id: 'order_to_leave_notified',
  factual: true,
  check: ({ caseFile }) => {
    const order = latestOrderToLeave(caseFile);
    if (order === undefined) return [unmet('order_to_leave_recorded', say('unmet.order_to_leave_recorded'), orderBasis)];
    if (order.notifiedOn === undefined)
      return [unmet('order_to_leave_notified', say('unmet.order_to_leave_notified'), voluntaryDeparture.defaultPeriod.legalBasis)];
    return [];
  },
};

/** Without a notified order no departure period runs: the period-based guards fail, never pass, on that missing fact. */
function missingOrder(context: GuardContext): UnmetCondition[] {
  const reasons = orderToLeaveNotified.check(context);
  return reasons.length > 0 ? reasons : [unmet('order_to_leave_notified', say('unmet.order_to_leave_notified_none'), orderBasis)];
}

/** Voluntary return is prepared while the departure period runs (RD Art. 7(1)). */
export const departurePeriodRunning: CaseGuard = {
  id: 'departure_period_running',
  factual: true,
  check: (context) => {
    const { caseFile, today } = context;
    const order = currentOrderToLeave(caseFile);
    if (order === undefined) return missingOrder(context);
    if (order.departureDays === 0 && order.departurePeriodExtendedUntil === undefined) {
      return [unmet('departure_period_running', say('unmet.departure_period_none_granted'), 'Aliens Act Art. 74/14 §3; Directive 2008/115/EC Art. 7(4)')];
    }
    const lastDay = voluntaryDepartureLastDay(caseFile, today);
    if (lastDay === undefined) return [unmet('departure_period_known', say('unmet.departure_period_known'), voluntaryDeparture.defaultPeriod.legalBasis)];
    if (today > lastDay) {
      return [
        unmet('departure_period_running', say('unmet.departure_period_ended', { date: lastDay }), 'Aliens Act Art. 74/14 §2; Directive 2008/115/EC Art. 7(2)'),
      ];
    }
    return [];
  },
};

/**
 * Forced preparation needs the departure period to be over, or an order granting none
 * with its ground recorded (Aliens Act Art. 74/14 §3; RD Arts. 7(4) and 8(1)).
 */
export const departurePeriodOverOrNone: CaseGuard = {
  id: 'departure_period_over_or_none',
  factual: true,
  check: (context) => {
    const { caseFile, today } = context;
    const order = currentOrderToLeave(caseFile);
    if (order === undefined) return missingOrder(context);
    if (order.departureDays === 0 && order.departurePeriodExtendedUntil === undefined) {
      if (order.shortenedPeriodGrounds.length === 0 || order.shortenedPeriodReasoning === undefined) {
        return [unmet('no_period_reasoned', say('unmet.no_period_reasoned'), 'Aliens Act Art. 74/14 §3; Directive 2008/115/EC Art. 7(4)')];
      }
      return [];
    }
    const lastDay = voluntaryDepartureLastDay(caseFile, today);
    if (lastDay === undefined) return [unmet('departure_period_known', say('unmet.departure_period_known'), voluntaryDeparture.defaultPeriod.legalBasis)];
    if (today <= lastDay) {
      return [unmet('departure_period_over', say('unmet.departure_period_over', { date: lastDay }), 'Directive 2008/115/EC Art. 8(1); Aliens Act Art. 74/14')];
    }
    return [];
  },
};

/** Whether the person's current residence situation is one "not authorised to stay over three months" (Art. 74/14 §1). */
export function shortStayCategory(status: string | undefined): boolean {
  return status !== undefined && (notAuthorisedOverThreeMonths.statuses as readonly string[]).includes(status);
}

/**
 * Checks a proposed departure period against Art. 74/14 (all numbers from reference data):
 * not above the maximum; for a person not authorised to stay over three months, fewer than
 * 30 days (and more than 7 unless a ground allows fewer); below the default only with
 * reasoning; below the shortened threshold (including 0) only on a listed ground.
 */
export function departurePeriodProblems(
  order: Pick<OrderToLeaveDecision, 'departureDays' | 'shortenedPeriodReasoning'> & { shortenedPeriodGrounds: readonly ShortenedDepartureGround[] },
  shortStay = false,
): UnmetCondition[] {
  const problems: UnmetCondition[] = [];
  if (shortStay && order.departureDays >= voluntaryDeparture.shortStayMaximumExclusive.amount) {
    problems.push(
      unmet(
        'departure_days_short_stay',
        say('unmet.departure_days_short_stay', {
          minimum: voluntaryDeparture.shortStayMinimumExclusive.amount,
          maximum: voluntaryDeparture.shortStayMaximumExclusive.amount,
        }),
        voluntaryDeparture.shortStayMaximumExclusive.legalBasis,
      ),
    );
  }
  if (order.departureDays > voluntaryDeparture.maximumPeriod.amount) {
    problems.push(
      unmet(
        'departure_days_maximum',
        say('unmet.departure_days_maximum', { days: voluntaryDeparture.maximumPeriod.amount }),
        voluntaryDeparture.maximumPeriod.legalBasis,
      ),
    );
  }
  if (order.departureDays < voluntaryDeparture.defaultPeriod.amount && order.shortenedPeriodReasoning === undefined) {
    problems.push(
      unmet(
        'departure_days_reasoned',
        say('unmet.departure_days_reasoned', { days: voluntaryDeparture.defaultPeriod.amount }),
        voluntaryDeparture.defaultPeriod.legalBasis,
      ),
    );
  }
  if (order.departureDays < voluntaryDeparture.shortenedBelow.amount && order.shortenedPeriodGrounds.length === 0) {
    problems.push(
      unmet(
        'departure_days_ground',
        say('unmet.departure_days_ground', { days: voluntaryDeparture.shortenedBelow.amount }),
        voluntaryDeparture.shortenedBelow.legalBasis,
      ),
    );
  }
  return problems;
}
