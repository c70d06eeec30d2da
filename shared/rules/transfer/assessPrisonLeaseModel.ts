import type { CaseFile } from '../../model';
import { isEuMemberState, prisonLeaseModel, type CalendarDate } from '../../reference';
import type { Assessment } from '../assessment';
import { primaryNationality } from '../nationalityFacts';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';

/**
 * The prison-lease profile (Denmark–Kosovo model). A policy placeholder, not a legal
 * route: Belgium has no legal basis for it, so the result says only whether the person
 * fits the model's profile, and `policyModelOnly` is always true.
 */
export interface PrisonLeaseAssessment extends Assessment<'prison_lease_policy_model'> {
  policyModelOnly: true;
  disclaimer: { messageKey: string; text: string };
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
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'unknown', text: 'Nationality not established: cannot tell whether the person is a non-EU national.', legalBasis, verified, facts: nationalityFacts, toChange: 'Establish the nationality.' }));
  } else if (isEuMemberState(nationality.country)) {
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'not_met', variant: 'eu_national', text: 'EU national: the model covers third-country nationals only (see FD 2008/909).', legalBasis, verified, facts: nationalityFacts }));
  } else if (nationality.country === model.hostState) {
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'not_met', variant: 'host_state_national', text: 'National of the host state: a transfer of the sentence applies instead.', legalBasis, verified, facts: nationalityFacts }));
  } else {
    checks.push(ruleCheck({ id: 'LEASE-1', kind: 'condition', status: 'met', text: 'Third-country national.', legalBasis, verified, facts: nationalityFacts }));
  }

  const final = custody?.judgmentFinal;
  checks.push(
    final === true
      ? ruleCheck({ id: 'LEASE-2', kind: 'condition', status: 'met', text: 'Final sentence.', legalBasis, verified, facts: { judgmentFinal: true } })
      : ruleCheck({ id: 'LEASE-2', kind: 'condition', status: final === false ? 'not_met' : 'unknown', text: final === false ? 'The judgment is not final.' : 'Finality of the judgment not recorded.', legalBasis, verified, facts: { judgmentFinal: final ?? null }, toChange: 'Only once the judgment is final.' }),
  );

  checks.push(
    custody?.expulsionOrder
      ? ruleCheck({ id: 'LEASE-3', kind: 'condition', status: 'met', text: 'An expulsion order is attached to the sentence.', legalBasis, verified, facts: { expulsionOrder: true } })
      : ruleCheck({ id: 'LEASE-3', kind: 'condition', status: custody ? 'not_met' : 'unknown', text: 'No expulsion order is recorded.', legalBasis, verified, facts: { expulsionOrder: false }, toChange: 'Only with an expulsion order.' }),
  );

  const excluded: readonly string[] = model.excludedOffenceCategories;
  const offences = custody?.offences ?? [];
  const excludedFound = offences.filter((offence) => excluded.includes(offence.category)).map((offence) => offence.category);
  checks.push(
    offences.length === 0
      ? ruleCheck({ id: 'LEASE-4', kind: 'condition', status: 'unknown', text: 'No offences recorded.', legalBasis, verified, facts: { offences: 0 }, toChange: 'Record the offences.' })
      : excludedFound.length > 0
        ? ruleCheck({ id: 'LEASE-4', kind: 'condition', status: 'not_met', text: `Excluded offence: ${excludedFound.join(', ')}.`, legalBasis, verified, facts: { excludedOffences: excludedFound.join(',') } })
        : ruleCheck({ id: 'LEASE-4', kind: 'condition', status: 'met', text: 'No terrorism or war-crimes offence.', legalBasis, verified, facts: { offences: offences.length } }),
  );

  const disorder = caseFile.vulnerabilities.some((vulnerability) => vulnerability.basis === 'other' && vulnerability.category === 'mental_disorder' && (vulnerability.endedOn === undefined || vulnerability.endedOn > asOf));
  // Absence of a recorded disorder is not proof of its absence: it stays unknown.
  checks.push(
    disorder
      ? ruleCheck({ id: 'LEASE-5', kind: 'condition', status: 'not_met', text: 'A mental disorder is recorded.', legalBasis, verified, facts: { mentalDisorderRecorded: true } })
      : ruleCheck({ id: 'LEASE-5', kind: 'condition', status: 'unknown', text: 'No assessment rules out a serious mental disorder.', legalBasis, verified, facts: { mentalDisorderRecorded: false }, toChange: 'A psychiatric assessment would settle it.' }),
  );

  const verdict = verdictOf(checks);
  return {
    subject: 'prison_lease_policy_model',
    verdict,
    basis: { id: 'prison_lease_policy_model', title: 'Prison lease abroad (Denmark–Kosovo model)', legalBasis, verified },
    checks,
    assessedOn: asOf,
    summary: `Policy model only, no legal basis in Belgium: profile ${verdict === 'eligible' ? 'fits' : verdict === 'not_eligible' ? 'does not fit' : 'needs review'}.`,
    summaryKey: `rules.lease.summary.${verdict}`,
    policyModelOnly: true,
    disclaimer: { messageKey: 'rules.lease.disclaimer', text: 'Policy model only (Denmark–Kosovo prison lease): Belgium has no legal basis for it yet. Not a legal route.' },
  };
}
