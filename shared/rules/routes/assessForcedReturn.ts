import type { CaseFile } from '../../model';
import { voluntaryDeparture, type CalendarDate } from '../../reference';
import type { Assessment } from '../assessment';
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
      ? ruleCheck({ id: 'FORCED-1', kind: 'condition', status: 'met', text: `Order to leave notified on ${order.notifiedOn ?? ''}.`, legalBasis: 'Directive 2008/115/EC Arts. 6, 8; Aliens Act Art. 7', verified: true, facts: { orderNotifiedOn: order.notifiedOn ?? null } })
      : ruleCheck({
          id: 'FORCED-1', kind: 'condition', status: anyOrder ? 'unknown' : 'not_met', variant: anyOrder ? 'not_notified' : 'none',
          text: anyOrder ? 'The order to leave has no notification date.' : 'No return decision (order to leave) on file.',
          legalBasis: 'Directive 2008/115/EC Arts. 6, 8; Aliens Act Art. 7', verified: true, facts: { orderNotifiedOn: null },
          toChange: anyOrder ? 'Record the notification date.' : 'A return decision must be taken and notified first.',
        }),
  );

  if (order) {
    const vdBasis = voluntaryDeparture.shortenedBelow;
    const facts = { departureDays: order.departureDays, grounds: order.shortenedPeriodGrounds.join(',') || null };
    if (order.departureDays === 0) {
      const reasoned = order.shortenedPeriodGrounds.length > 0 && order.shortenedPeriodReasoning !== undefined;
      checks.push(
        reasoned
          ? ruleCheck({ id: 'FORCED-2', kind: 'condition', status: 'met', variant: 'no_period', text: 'No voluntary departure period was granted, on reasoned grounds.', legalBasis: vdBasis.legalBasis, verified: vdBasis.verified, facts })
          : ruleCheck({ id: 'FORCED-2', kind: 'formality', status: 'not_met', variant: 'no_period_unreasoned', text: 'No voluntary departure period was granted, but the grounds or reasons are not recorded.', legalBasis: vdBasis.legalBasis, verified: vdBasis.verified, facts, toChange: 'Record the Art. 74/14 §3 ground and the reasoning.' }),
      );
    } else {
      const deadline = voluntaryDepartureDeadline(caseFile, asOf);
      if (deadline && asOf > deadline.dueDate) {
        checks.push(ruleCheck({ id: 'FORCED-2', kind: 'condition', status: 'met', text: `The voluntary departure period ended on ${deadline.dueDate}.`, legalBasis: deadline.legalBasis, verified: deadline.verified, facts: { ...facts, departurePeriodEnd: deadline.dueDate }, params: { date: deadline.dueDate } }));
      } else if (deadline) {
        const from = addCalendarDays(deadline.dueDate, 1);
        checks.push(ruleCheck({ id: 'FORCED-2', kind: 'condition', status: 'not_met', text: `The voluntary departure period runs until ${deadline.dueDate}.`, legalBasis: deadline.legalBasis, verified: deadline.verified, facts: { ...facts, departurePeriodEnd: deadline.dueDate }, params: { date: deadline.dueDate, from }, toChange: `Forced return possible from ${from} if the person has not left.` }));
      }
    }
  }

  const appeal = pendingSuspensiveAppeal(caseFile);
  checks.push(
    appeal
      ? ruleCheck({ id: 'FORCED-3', kind: 'condition', status: 'not_met', text: 'An appeal with suspensive effect is pending.', legalBasis: 'Directive 2008/115/EC Art. 13(2); Aliens Act Art. 39/79', verified: true, facts: { pendingSuspensiveAppeal: true }, toChange: 'Eligible once the court has decided the appeal.' })
      : ruleCheck({ id: 'FORCED-3', kind: 'condition', status: 'met', text: 'No suspensive appeal is pending.', legalBasis: 'Directive 2008/115/EC Art. 13(2); Aliens Act Art. 39/79', verified: true, facts: { pendingSuspensiveAppeal: false } }),
  );

  const destination = returnDestination(caseFile) ?? null;
  const assessment = destination
    ? caseFile.nonRefoulementAssessments.filter((candidate) => candidate.destinationCountry === destination).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).at(-1)
    : undefined;
  const nrBasis = 'Directive 2008/115/EC Art. 5; ECHR Art. 3';
  const nrFacts = { destination, nonRefoulement: assessment?.outcome ?? null };
  checks.push(
    assessment?.outcome === 'cleared'
      ? ruleCheck({ id: 'FORCED-4', kind: 'condition', status: 'met', text: `Non-refoulement cleared for ${destination ?? ''}.`, legalBasis: nrBasis, verified: true, facts: nrFacts })
      : assessment?.outcome === 'risk_identified'
        ? ruleCheck({ id: 'FORCED-4', kind: 'condition', status: 'not_met', text: `A real risk on return to ${destination ?? ''} was identified.`, legalBasis: nrBasis, verified: true, facts: nrFacts, toChange: 'No removal to this country.' })
        : ruleCheck({ id: 'FORCED-4', kind: 'condition', status: 'unknown', text: destination ? `Non-refoulement not yet cleared for ${destination}.` : 'The country of return is not established.', legalBasis: nrBasis, verified: true, facts: nrFacts, toChange: 'Complete the non-refoulement assessment for the destination.' }),
  );

  const fitness = [...caseFile.fitnessAssessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).at(-1);
  const fitValid = fitness && (fitness.validUntil === undefined || fitness.validUntil >= asOf);
  const fitFacts = { fitness: fitness?.outcome ?? null, validUntil: fitness?.validUntil ?? null };
  const fitBasis = 'Directive 2008/115/EC Arts. 5(c), 9(2)(a)';
  checks.push(
    fitness?.outcome === 'unfit'
      ? ruleCheck({ id: 'FORCED-5', kind: 'condition', status: 'not_met', text: 'Found unfit to travel.', legalBasis: fitBasis, verified: true, facts: fitFacts, toChange: 'Eligible once a doctor finds the person fit to travel.' })
      : fitness && fitValid
        ? ruleCheck({ id: 'FORCED-5', kind: 'condition', status: 'met', text: fitness.outcome === 'fit' ? 'Fit to travel.' : 'Fit to travel with conditions.', legalBasis: fitBasis, verified: true, facts: fitFacts })
        : ruleCheck({ id: 'FORCED-5', kind: 'condition', status: 'unknown', text: fitness ? 'The fitness-to-travel assessment has expired.' : 'No fitness-to-travel assessment.', legalBasis: fitBasis, verified: true, facts: fitFacts, toChange: 'Have a doctor assess fitness to travel.' }),
  );

  const document = destination ? travelDocumentFor(caseFile, destination, asOf) : undefined;
  const tdBasis = 'Directive 2008/115/EC Art. 8; readmission agreement';
  checks.push(
    document && document.source !== 'pending_request'
      ? ruleCheck({ id: 'FORCED-6', kind: 'condition', status: 'met', variant: document.source, text: document.source === 'readmission_accepted' ? 'Readmission accepted.' : 'A valid travel document is available.', legalBasis: tdBasis, verified: true, facts: { travelDocument: document.source } })
      : ruleCheck({ id: 'FORCED-6', kind: 'condition', status: 'unknown', variant: document ? 'pending' : 'none', text: document ? 'A readmission request is pending.' : 'No travel document and no accepted readmission.', legalBasis: tdBasis, verified: true, facts: { travelDocument: document?.source ?? null }, toChange: 'Obtain a travel document or an accepted readmission request.' }),
  );

  const minors = caseFile.familyLinks.filter((link) => link.minor && link.accompanying);
  if (minors.length > 0) {
    const unassessed = minors.filter((link) => link.bestInterestsAssessedOn === undefined).length;
    checks.push(
      unassessed === 0
        ? ruleCheck({ id: 'FORCED-7', kind: 'formality', status: 'met', text: 'The best interests of each accompanying child were assessed.', legalBasis: 'Directive 2008/115/EC Art. 5(a)', verified: true, facts: { accompanyingMinors: minors.length } })
        : ruleCheck({ id: 'FORCED-7', kind: 'formality', status: 'not_met', text: `${unassessed} accompanying child(ren) without a best-interests assessment.`, legalBasis: 'Directive 2008/115/EC Art. 5(a)', verified: true, facts: { accompanyingMinors: minors.length, unassessed }, toChange: 'Assess the best interests of each child.' }),
    );
  }

  const verdict = verdictOf(checks);
  return {
    subject: 'forced_return', verdict,
    basis: { id: 'forced_return', title: 'Forced return (removal)', legalBasis: 'Directive 2008/115/EC Arts. 5, 7, 8; Aliens Act Art. 7, 27', verified: true },
    checks, assessedOn: asOf,
    summary: `Forced return: ${verdict.replace('_', ' ')}.`, summaryKey: `rules.route.forced.${verdict}`,
    destination,
  };
}
