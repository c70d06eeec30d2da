import type { CaseFile } from '../../model';
import { term } from '../../explanations';
import { ammrApplicationStart, type CalendarDate } from '../../reference';
import { assessmentSummary, type Assessment } from '../assessment';
import { dublinTransferDeadline, dublinTransferPeriod } from '../deadlines/dublinTransferDeadline';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';
import { pendingSuspensiveAppeal } from './returnFacts';

export interface DublinTransferAssessment extends Assessment<'dublin_transfer'> {
  memberState: string | null;
  requestId: string | null;
}

/** DUBLIN (domain.md §5(c)): acceptance recorded and the transfer still within its window (Dublin III Art. 29; AMMR for applications from 1 July 2026). */
export function assessDublinTransfer(caseFile: CaseFile, asOf: CalendarDate): DublinTransferAssessment {
  const request = caseFile.dublinRequests.filter((candidate) => candidate.status !== 'withdrawn').at(-1);
  const checks: RuleCheck[] = [];
  if (!request) {
    checks.push(
      ruleCheck({
        id: 'DUBLIN-1',
        kind: 'condition',
        status: 'not_met',
        variant: 'no_request',
        legalBasis: 'Regulation (EU) No 604/2013 Arts. 21, 23',
        verified: true,
        facts: { dublinRequest: false },
        toChange: true,
      }),
    );
    const verdict = verdictOf(checks);
    return {
      subject: 'dublin_transfer',
      verdict,
      basis: null,
      checks,
      assessedOn: asOf,
      ...assessmentSummary('rules.route.dublin.noRequest'),
      memberState: null,
      requestId: null,
    };
  }
  const { regime, period } = dublinTransferPeriod(request);
  const acceptanceBasis =
    request.acceptance === 'implicit' ? `${regime.title}: acceptance by silence (Dublin III Arts. 22(7), 25(2))` : `${regime.title}: acceptance`;
  checks.push(
    request.acceptedOn
      ? ruleCheck({
          id: 'DUBLIN-1',
          kind: 'condition',
          status: 'met',
          variant: request.acceptance ?? 'explicit',
          params: { memberState: request.memberState, date: request.acceptedOn },
          legalBasis: acceptanceBasis,
          verified: true,
          facts: { acceptedOn: request.acceptedOn, acceptance: request.acceptance ?? null },
        })
      : request.status === 'rejected'
        ? ruleCheck({
            id: 'DUBLIN-1',
            kind: 'condition',
            status: 'not_met',
            variant: 'rejected',
            params: { memberState: request.memberState },
            legalBasis: acceptanceBasis,
            verified: true,
            facts: { status: request.status },
            toChange: true,
          })
        : ruleCheck({
            id: 'DUBLIN-1',
            kind: 'condition',
            status: 'unknown',
            legalBasis: acceptanceBasis,
            verified: true,
            facts: { status: request.status },
            toChange: true,
          }),
  );

  if (regime.id !== request.regime) {
    checks.push(
      ruleCheck({
        id: 'DUBLIN-REGIME',
        kind: 'warning',
        status: 'not_met',
        params: { recordedRegime: request.regime, date: request.applicationLodgedOn, regime: term('instrument', regime.id) },
        legalBasis: ammrApplicationStart.legalBasis,
        verified: ammrApplicationStart.verified,
        facts: { recordedRegime: request.regime, applicableRegime: regime.id, applicationLodgedOn: request.applicationLodgedOn },
      }),
    );
  }

  const deadline = dublinTransferDeadline(request, asOf);
  if (deadline) {
    const done = request.transferredOn !== undefined;
    checks.push(
      done || deadline.state !== 'overdue'
        ? ruleCheck({
            id: 'DUBLIN-2',
            kind: 'condition',
            status: 'met',
            ...(done ? { variant: 'transferred' } : {}),
            legalBasis: period.legalBasis,
            verified: period.verified,
            facts: { transferBy: deadline.dueDate, extension: request.extension },
            params: { date: done ? (request.transferredOn ?? '') : deadline.dueDate },
          })
        : ruleCheck({
            id: 'DUBLIN-2',
            kind: 'condition',
            status: 'not_met',
            legalBasis: period.legalBasis,
            verified: period.verified,
            facts: { transferBy: deadline.dueDate, extension: request.extension },
            params: { date: deadline.dueDate },
            toChange: true,
          }),
    );
  }

  const appeal = pendingSuspensiveAppeal(caseFile);
  checks.push(
    ruleCheck({
      id: 'DUBLIN-3',
      kind: 'condition',
      status: appeal ? 'not_met' : 'met',
      legalBasis: 'Regulation (EU) No 604/2013 Art. 27(3)',
      verified: true,
      facts: { pendingSuspensiveAppeal: appeal },
      ...(appeal ? { toChange: true as const } : {}),
    }),
  );

  const verdict = verdictOf(checks);
  return {
    subject: 'dublin_transfer',
    verdict,
    basis: { id: regime.id, title: regime.title, legalBasis: period.legalBasis, verified: period.verified },
    checks,
    assessedOn: asOf,
    ...assessmentSummary(`rules.route.dublin.${verdict}`, { memberState: request.memberState }),
    memberState: request.memberState,
    requestId: request.id,
  };
}
