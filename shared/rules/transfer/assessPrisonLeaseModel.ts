import { explain, terms, type MessageKey } from '../../explanations';
import type { CaseFile } from '../../model';
import { isEuMemberState, prisonLeaseModel, type CalendarDate } from '../../reference';
import { assessmentSummary, type Assessment } from '../assessment';
import { primaryNationality } from '../nationalityFacts';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';

/**
 * The prison-lease profile (Denmark–Kosovo model). A policy placeholder, not a legal
 * route: Belgium has no legal basis for it, so the result says only whether the person
 * fits the model's profile, and `policyModelOnly` is always true.
 */
export interface PrisonLeaseAssessment extends Assessment<'prison_lease_policy_model'> {
  policyModelOnly: true;
  disclaimer: { messageKey: MessageKey; text: string };
}

export function assessPrisonLeaseModel(caseFile: CaseFile, asOf: CalendarDate): PrisonLeaseAssessment {
  const model = prisonLeaseModel;
  const legalBasis = model.legalBasis;
  const verified = model.verified;
  const custody = caseFile.custody;
  const nationality = primaryNationality(caseFile);
  const checks: RuleCheck[] = [];

  const nationalityFacts = { nationality: nationality?.country ?? null, nationalityStatus: nationality?.status ?? null };
  if (!nationality || nationality.status === 'claimed') {
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'unknown', legalBasis, verified, facts: nationalityFacts, toChange: true }));
  } else if (isEuMemberState(nationality.country)) {
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'not_met', variant: 'eu_national', legalBasis, verified, facts: nationalityFacts }));
  } else if (nationality.country === model.hostState) {
    checks.push(
      ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'not_met', variant: 'host_state_national', legalBasis, verified, facts: nationalityFacts }),
    );
  } else {
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'met', legalBasis, verified, facts: nationalityFacts }));
  }

  const final = custody?.judgmentFinal;
  checks.push(
    final === true
      ? ruleCheck({ id: 'LEASE-2', kind: 'condition', status: 'met', legalBasis, verified, facts: { judgmentFinal: true } })
      : ruleCheck({
          id: 'LEASE-2',
          kind: 'condition',
          status: final === false ? 'not_met' : 'unknown',
          legalBasis,
          verified,
          facts: { judgmentFinal: final ?? null },
          toChange: true,
        }),
  );

  checks.push(
    custody?.expulsionOrder
      ? ruleCheck({ id: 'LEASE-3', kind: 'condition', status: 'met', legalBasis, verified, facts: { expulsionOrder: true } })
      : ruleCheck({
          id: 'LEASE-3',
          kind: 'condition',
          status: custody ? 'not_met' : 'unknown',
          legalBasis,
          verified,
          facts: { expulsionOrder: false },
          toChange: true,
        }),
  );

  const excluded: readonly string[] = model.excludedOffenceCategories;
  const offences = custody?.offences ?? [];
  const excludedFound = offences.filter((offence) => excluded.includes(offence.category)).map((offence) => offence.category);
  checks.push(
    offences.length === 0
      ? ruleCheck({ id: 'LEASE-4', kind: 'condition', status: 'unknown', legalBasis, verified, facts: { offences: 0 }, toChange: true })
      : excludedFound.length > 0
        ? ruleCheck({
            id: 'LEASE-4',
            kind: 'condition',
            status: 'not_met',
            params: { offences: terms('offenceCategory', excludedFound) },
            legalBasis,
            verified,
            facts: { excludedOffences: excludedFound.join(',') },
          })
        : ruleCheck({ id: 'LEASE-4', kind: 'condition', status: 'met', legalBasis, verified, facts: { offences: offences.length } }),
  );

  const disorder = caseFile.vulnerabilities.some(
    (vulnerability) =>
      vulnerability.basis === 'other' && vulnerability.category === 'mental_disorder' && (vulnerability.endedOn === undefined || vulnerability.endedOn > asOf),
  );
  const screening = custody?.mentalHealthScreening;
  const screeningFacts = {
    mentalDisorderRecorded: disorder,
    screeningOutcome: screening?.outcome ?? null,
    screenedOn: screening?.screenedOn ?? null,
    screenedBy: screening?.screenedBy ?? null,
  };
  // Absence of a recorded disorder is not proof of its absence: only a negative screening rules it out.
  checks.push(
    disorder || screening?.outcome === 'serious_mental_disorder'
      ? ruleCheck({ id: 'LEASE-5', kind: 'condition', status: 'not_met', legalBasis, verified, facts: screeningFacts })
      : screening?.outcome === 'no_serious_mental_disorder'
        ? ruleCheck({
            id: 'LEASE-5',
            kind: 'condition',
            status: 'met',
            variant: 'screened',
            legalBasis,
            verified,
            facts: screeningFacts,
            params: { date: screening.screenedOn, screenedBy: screening.screenedBy },
          })
        : ruleCheck({
            id: 'LEASE-5',
            kind: 'condition',
            status: 'unknown',
            ...(screening?.outcome === 'inconclusive' ? { variant: 'inconclusive', params: { date: screening.screenedOn } } : {}),
            legalBasis,
            verified,
            facts: screeningFacts,
            toChange: true,
          }),
  );

  const verdict = verdictOf(checks);
  return {
    subject: 'prison_lease_policy_model',
    verdict,
    basis: { id: 'prison_lease_policy_model', title: 'Prison lease abroad (Denmark–Kosovo model)', legalBasis, verified },
    checks,
    assessedOn: asOf,
    ...assessmentSummary(`rules.lease.summary.${verdict}`),
    policyModelOnly: true,
    disclaimer: { messageKey: 'rules.lease.disclaimer', text: explain('rules.lease.disclaimer').text },
  };
}
