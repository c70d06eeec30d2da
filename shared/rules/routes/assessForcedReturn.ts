import type { CaseFile } from '../../model';
import { voluntaryDeparture, type CalendarDate } from '../../reference';
import { assessmentSummary, type Assessment } from '../assessment';
import { addCalendarDays } from '../deadlines/calendarArithmetic';
import { currentOrderToLeave, voluntaryDepartureDeadline } from '../deadlines/voluntaryDepartureDeadline';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';
import { pendingSuspensiveAppeal, returnDestination, travelDocumentFor } from './returnFacts';

export interface ForcedReturnAssessment extends Assessment<'forced_return'> {
  destination: string | null;
}

/**
 * FORCED (domain.md §5(c)): an enforceable return decision whose voluntary departure
 * period has expired (or none granted, with reasons), no suspensive appeal pending,
 * non-refoulement cleared, fitness to travel, and a travel document or accepted readmission.
 */
export function assessForcedReturn(caseFile: CaseFile, asOf: CalendarDate): ForcedReturnAssessment {
  const checks: RuleCheck[] = [];
  const order = currentOrderToLeave(caseFile);
  const anyOrder = caseFile.decisions.some((decision) => decision.type === 'order_to_leave');
  checks.push(
    order
      ? ruleCheck({
          id: 'FORCED-1',
          kind: 'condition',
          status: 'met',
          params: { date: order.notifiedOn ?? '' },
          legalBasis: 'Directive 2008/115/EC Arts. 6, 8; Aliens Act Art. 7',
          verified: true,
          facts: { orderNotifiedOn: order.notifiedOn ?? null },
        })
      : ruleCheck({
          id: 'FORCED-1',
          kind: 'condition',
          status: anyOrder ? 'unknown' : 'not_met',
          variant: anyOrder ? 'not_notified' : 'none',
          legalBasis: 'Directive 2008/115/EC Arts. 6, 8; Aliens Act Art. 7',
          verified: true,
          facts: { orderNotifiedOn: null },
          toChange: true,
        }),
  );

  if (order) {
    const vdBasis = voluntaryDeparture.shortenedBelow;
    const facts = { departureDays: order.departureDays, grounds: order.shortenedPeriodGrounds.join(',') || null };
    if (order.departureDays === 0) {
      const reasoned = order.shortenedPeriodGrounds.length > 0 && order.shortenedPeriodReasoning !== undefined;
      checks.push(
        reasoned
          ? ruleCheck({
              id: 'FORCED-2',
              kind: 'condition',
              status: 'met',
              variant: 'no_period',
              legalBasis: vdBasis.legalBasis,
              verified: vdBasis.verified,
              facts,
            })
          : ruleCheck({
              id: 'FORCED-2',
              kind: 'formality',
              status: 'not_met',
              variant: 'no_period_unreasoned',
              legalBasis: vdBasis.legalBasis,
              verified: vdBasis.verified,
              facts,
              toChange: true,
            }),
      );
    } else {
      const deadline = voluntaryDepartureDeadline(caseFile, asOf);
      if (deadline && asOf > deadline.dueDate) {
        checks.push(
          ruleCheck({
            id: 'FORCED-2',
            kind: 'condition',
            status: 'met',
            legalBasis: deadline.legalBasis,
            verified: deadline.verified,
            facts: { ...facts, departurePeriodEnd: deadline.dueDate },
            params: { date: deadline.dueDate },
          }),
        );
      } else if (deadline) {
        const from = addCalendarDays(deadline.dueDate, 1);
        checks.push(
          ruleCheck({
            id: 'FORCED-2',
            kind: 'condition',
            status: 'not_met',
            legalBasis: deadline.legalBasis,
            verified: deadline.verified,
            facts: { ...facts, departurePeriodEnd: deadline.dueDate },
            params: { date: deadline.dueDate, from },
            toChange: true,
          }),
        );
      }
    }
  }

  const appeal = pendingSuspensiveAppeal(caseFile);
  checks.push(
    appeal
      ? ruleCheck({
          id: 'FORCED-3',
          kind: 'condition',
          status: 'not_met',
          legalBasis: 'Directive 2008/115/EC Art. 13(2); Aliens Act Art. 39/79',
          verified: true,
          facts: { pendingSuspensiveAppeal: true },
          toChange: true,
        })
      : ruleCheck({
          id: 'FORCED-3',
          kind: 'condition',
          status: 'met',
          legalBasis: 'Directive 2008/115/EC Art. 13(2); Aliens Act Art. 39/79',
          verified: true,
          facts: { pendingSuspensiveAppeal: false },
        }),
  );

  const destination = returnDestination(caseFile) ?? null;
  const assessment = destination
    ? caseFile.nonRefoulementAssessments
        .filter((candidate) => candidate.destinationCountry === destination)
        .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
        .at(-1)
    : undefined;
  const nrBasis = 'Directive 2008/115/EC Art. 5; ECHR Art. 3';
  const nrFacts = { destination, nonRefoulement: assessment?.outcome ?? null };
  checks.push(
    assessment?.outcome === 'cleared'
      ? ruleCheck({
          id: 'FORCED-4',
          kind: 'condition',
          status: 'met',
          params: { destination: destination ?? '' },
          legalBasis: nrBasis,
          verified: true,
          facts: nrFacts,
        })
      : assessment?.outcome === 'risk_identified'
        ? ruleCheck({
            id: 'FORCED-4',
            kind: 'condition',
            status: 'not_met',
            params: { destination: destination ?? '' },
            legalBasis: nrBasis,
            verified: true,
            facts: nrFacts,
            toChange: true,
          })
        : ruleCheck({
            id: 'FORCED-4',
            kind: 'condition',
            status: 'unknown',
            ...(destination ? { params: { destination } } : { variant: 'no_destination' }),
            legalBasis: nrBasis,
            verified: true,
            facts: nrFacts,
            toChange: true,
          }),
  );

  const fitness = [...caseFile.fitnessAssessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).at(-1);
  const fitValid = fitness && (fitness.validUntil === undefined || fitness.validUntil >= asOf);
  const fitFacts = { fitness: fitness?.outcome ?? null, validUntil: fitness?.validUntil ?? null };
  const fitBasis = 'Directive 2008/115/EC Arts. 5(c), 9(2)(a)';
  checks.push(
    fitness?.outcome === 'unfit'
      ? ruleCheck({ id: 'FORCED-5', kind: 'condition', status: 'not_met', legalBasis: fitBasis, verified: true, facts: fitFacts, toChange: true })
      : fitness && fitValid
        ? ruleCheck({
            id: 'FORCED-5',
            kind: 'condition',
            status: 'met',
            variant: fitness.outcome === 'fit' ? 'fit' : 'fit_with_conditions',
            legalBasis: fitBasis,
            verified: true,
            facts: fitFacts,
          })
        : ruleCheck({
            id: 'FORCED-5',
            kind: 'condition',
            status: 'unknown',
            variant: fitness ? 'expired' : 'none',
            legalBasis: fitBasis,
            verified: true,
            facts: fitFacts,
            toChange: true,
          }),
  );

  const document = destination ? travelDocumentFor(caseFile, destination, asOf) : undefined;
  const tdBasis = 'Directive 2008/115/EC Art. 8; readmission agreement';
  checks.push(
    document && document.source !== 'pending_request'
      ? ruleCheck({
          id: 'FORCED-6',
          kind: 'condition',
          status: 'met',
          variant: document.source,
          legalBasis: tdBasis,
          verified: true,
          facts: { travelDocument: document.source },
        })
      : ruleCheck({
          id: 'FORCED-6',
          kind: 'condition',
          status: 'unknown',
          variant: document ? 'pending' : 'none',
          legalBasis: tdBasis,
          verified: true,
          facts: { travelDocument: document?.source ?? null },
          toChange: true,
        }),
  );

  const minors = caseFile.familyLinks.filter((link) => link.minor && link.accompanying);
  if (minors.length > 0) {
    const unassessed = minors.filter((link) => link.bestInterestsAssessedOn === undefined).length;
    checks.push(
      unassessed === 0
        ? ruleCheck({
            id: 'FORCED-7',
            kind: 'formality',
            status: 'met',
            legalBasis: 'Directive 2008/115/EC Art. 5(a)',
            verified: true,
            facts: { accompanyingMinors: minors.length },
          })
        : ruleCheck({
            id: 'FORCED-7',
            kind: 'formality',
            status: 'not_met',
            params: { unassessed },
            legalBasis: 'Directive 2008/115/EC Art. 5(a)',
            verified: true,
            facts: { accompanyingMinors: minors.length, unassessed },
            toChange: true,
          }),
    );
  }

  const verdict = verdictOf(checks);
  return {
    subject: 'forced_return',
    verdict,
    basis: { id: 'forced_return', title: 'Forced return (removal)', legalBasis: 'Directive 2008/115/EC Arts. 5, 7, 8; Aliens Act Art. 7, 27', verified: true },
    checks,
    assessedOn: asOf,
    ...assessmentSummary(`rules.route.forced.${verdict}`),
    destination,
  };
}
