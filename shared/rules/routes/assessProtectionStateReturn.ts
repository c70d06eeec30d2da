import type { CaseFile } from '../../model';
import { countryOf, type CalendarDate } from '../../reference';
import { assessmentSummary, type Assessment } from '../assessment';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';

export interface ProtectionStateReturnAssessment extends Assessment<'protection_member_state'> {
  memberState: string | null;
}

const basis = 'Directive 2013/32/EU Art. 33(2)(a); Directive 2008/115/EC Art. 6(2)';

/**
 * PROT-MS (domain.md §5(c)): a person protected in another Member State goes back there
 * under the Return Directive (Art. 6(2)), not under Dublin; the application in Belgium is
 * inadmissible. The Belgian article number is unverified.
 */
export function assessProtectionStateReturn(caseFile: CaseFile, asOf: CalendarDate): ProtectionStateReturnAssessment {
  const statuses = caseFile.residencyHistory.filter((status) => status.status === 'protection_other_member_state').sort((a, b) => a.from.localeCompare(b.from));
  const current = statuses.filter((status) => status.to === undefined || status.to >= asOf).at(-1);
  const checks: RuleCheck[] = [];
  if (!current) {
    const ended = statuses.at(-1);
    checks.push(
      ruleCheck({
        id: 'PROT-1',
        kind: 'condition',
        status: 'not_met',
        ...(ended === undefined
          ? { variant: 'none' }
          : ended.memberState
            ? { variant: 'ended', params: { memberState: ended.memberState, date: ended.to ?? '' } }
            : { variant: 'ended_state_unknown', params: { date: ended.to ?? '' } }),
        legalBasis: basis,
        verified: false,
        facts: { protectionRecorded: statuses.length > 0 },
        ...(ended === undefined ? { toChange: true as const } : {}),
      }),
    );
    const verdict = verdictOf(checks);
    return {
      subject: 'protection_member_state',
      verdict,
      basis: null,
      checks,
      assessedOn: asOf,
      ...assessmentSummary('rules.route.protection.none'),
      memberState: null,
    };
  }
  const state = current.memberState ?? null;
  checks.push(
    ruleCheck({
      id: 'PROT-1',
      kind: 'condition',
      status: 'met',
      ...(state ? { params: { memberState: state, date: current.from } } : { variant: 'state_unknown', params: { date: current.from } }),
      legalBasis: basis,
      verified: false,
      facts: { memberState: state, since: current.from, decisionReference: current.decisionReference ?? null },
    }),
  );
  const flags = state ? countryOf(state) : undefined;
  checks.push(
    flags && (flags.euMember || flags.schengenAssociated)
      ? ruleCheck({
          id: 'PROT-2',
          kind: 'condition',
          status: 'met',
          params: { memberState: state ?? '' },
          legalBasis: basis,
          verified: false,
          facts: { memberState: state },
        })
      : ruleCheck({
          id: 'PROT-2',
          kind: 'condition',
          status: state ? 'not_met' : 'unknown',
          params: state ? { memberState: state } : {},
          legalBasis: basis,
          verified: false,
          facts: { memberState: state },
          toChange: true,
        }),
  );
  checks.push(ruleCheck({ id: 'PROT-3', kind: 'info', status: 'met', legalBasis: basis, verified: false, facts: {} }));
  const verdict = verdictOf(checks);
  return {
    subject: 'protection_member_state',
    verdict,
    basis: { id: 'protection_member_state', title: 'Return to the Member State that granted protection', legalBasis: basis, verified: false },
    checks,
    assessedOn: asOf,
    ...(state
      ? assessmentSummary(`rules.route.protection.${verdict}`, { memberState: state })
      : assessmentSummary(`rules.route.protection.stateUnknown.${verdict}`)),
    memberState: state,
  };
}
