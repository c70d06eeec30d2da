import type { CaseFile } from '../../model';
import type { CalendarDate } from '../../reference';
import type { Assessment } from '../assessment';
import { dublinTransferDeadline, dublinTransferPeriod } from '../deadlines/dublinTransferDeadline';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';
import { pendingSuspensiveAppeal } from './returnFacts';

export interface DublinTransferAssessment extends Assessment<'dublin_transfer'> {
  memberState: string | null;
  requestId: string | null;
}

/** DUBLIN (domain.md §5(c)): acceptance recorded and the transfer still within its window (Dublin III Art. 29; AMMR from 12 June 2026). */
export function assessDublinTransfer(caseFile: CaseFile, asOf: CalendarDate): DublinTransferAssessment {
  const request = caseFile.dublinRequests.filter((candidate) => candidate.status !== 'withdrawn').at(-1);
  const checks: RuleCheck[] = [];
  if (!request) {
    checks.push(ruleCheck({ id: 'DUBLIN-1', kind: 'condition', status: 'not_met', variant: 'no_request', text: 'No Dublin request on file.', legalBasis: 'Regulation (EU) No 604/2013 Arts. 21, 23', verified: true, facts: { dublinRequest: false }, toChange: 'Only if another Member State is responsible and a request is made.' }));
    const verdict = verdictOf(checks);
    return { subject: 'dublin_transfer', verdict, basis: null, checks, assessedOn: asOf, summary: 'No Dublin request.', summaryKey: 'rules.route.dublin.noRequest', memberState: null, requestId: null };
  }
  const { regime, period } = dublinTransferPeriod(request);
  const acceptanceBasis = request.acceptance === 'implicit' ? `${regime.title}: acceptance by silence (Dublin III Arts. 22(7), 25(2))` : `${regime.title}: acceptance`;
  checks.push(
    request.acceptedOn
      ? ruleCheck({ id: 'DUBLIN-1', kind: 'condition', status: 'met', variant: request.acceptance ?? 'explicit', text: `${request.memberState} accepted on ${request.acceptedOn}${request.acceptance === 'implicit' ? ' (by silence)' : ''}.`, legalBasis: acceptanceBasis, verified: true, facts: { acceptedOn: request.acceptedOn, acceptance: request.acceptance ?? null } })
      : request.status === 'rejected'
        ? ruleCheck({ id: 'DUBLIN-1', kind: 'condition', status: 'not_met', variant: 'rejected', text: `${request.memberState} rejected the request.`, legalBasis: acceptanceBasis, verified: true, facts: { status: request.status }, toChange: 'A re-examination request, or the case is examined in Belgium.' })
        : ruleCheck({ id: 'DUBLIN-1', kind: 'condition', status: 'unknown', text: 'No acceptance recorded yet.', legalBasis: acceptanceBasis, verified: true, facts: { status: request.status }, toChange: 'Eligible once the Member State accepts (or the reply period passes in silence).' }),
  );

  if (regime.id !== request.regime) {
    checks.push(ruleCheck({ id: 'DUBLIN-REGIME', kind: 'warning', status: 'not_met', text: `The request is recorded under ${request.regime}, but an application lodged on ${request.applicationLodgedOn} falls under ${regime.title}.`, legalBasis: 'Regulation (EU) 2024/1351 Art. 85', verified: true, facts: { recordedRegime: request.regime, applicableRegime: regime.id, applicationLodgedOn: request.applicationLodgedOn } }));
  }

  const deadline = dublinTransferDeadline(request, asOf);
  if (deadline) {
    const done = request.transferredOn !== undefined;
    checks.push(
      done || deadline.state !== 'overdue'
        ? ruleCheck({ id: 'DUBLIN-2', kind: 'condition', status: 'met', text: done ? `Transferred on ${request.transferredOn ?? ''}.` : `Transfer by ${deadline.dueDate}.`, legalBasis: period.legalBasis, verified: period.verified, facts: { transferBy: deadline.dueDate, extension: request.extension }, params: { date: deadline.dueDate } })
        : ruleCheck({ id: 'DUBLIN-2', kind: 'condition', status: 'not_met', text: `The transfer period ended on ${deadline.dueDate}: responsibility has passed to Belgium.`, legalBasis: period.legalBasis, verified: period.verified, facts: { transferBy: deadline.dueDate, extension: request.extension }, params: { date: deadline.dueDate }, toChange: 'Examine the application in Belgium.' }),
    );
  }

  const appeal = pendingSuspensiveAppeal(caseFile);
  checks.push(ruleCheck({ id: 'DUBLIN-3', kind: 'condition', status: appeal ? 'not_met' : 'met', text: appeal ? 'An appeal with suspensive effect is pending.' : 'No suspensive appeal is pending.', legalBasis: 'Regulation (EU) No 604/2013 Art. 27(3)', verified: true, facts: { pendingSuspensiveAppeal: appeal }, ...(appeal ? { toChange: 'The transfer period restarts from the final decision on the appeal.' } : {}) }));

  const verdict = verdictOf(checks);
  return {
    subject: 'dublin_transfer', verdict,
    basis: { id: regime.id, title: regime.title, legalBasis: period.legalBasis, verified: period.verified },
    checks, assessedOn: asOf,
    summary: `Dublin transfer to ${request.memberState}: ${verdict.replace('_', ' ')}.`, summaryKey: `rules.route.dublin.${verdict}`,
    memberState: request.memberState, requestId: request.id,
  };
}
