import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPrisonLeaseModel, assessReturnRoutes, assessTransferEligibility, type RuleCheck } from '../../../shared/rules';
import { buildCaseFile, buildCustody, buildNationality } from '../arbitraries/caseFileBuilder';
import { calendarDateArb, caseFileArb } from './arbitraries';

/**
 * Issue 11 item 6 (domain.md: "every eligibility verdict is explained … with what would
 * change the outcome"): a check that is not met or unknown says what would change it,
 * except where nothing can: the person's nationality (an EU national, a national of the
 * host state of the policy model) or an offence already judged.
 */
const nothingCanChange: readonly string[] = [
  'rules.LEASE-1.not_met_eu_national.text',
  'rules.LEASE-1.not_met_host_state_national.text',
  'rules.LEASE-4.not_met.text',
];

function everyCheck(caseFile: Parameters<typeof assessTransferEligibility>[0], asOf: string): RuleCheck[] {
  const transfer = assessTransferEligibility(caseFile, asOf);
  const routes = Object.values(assessReturnRoutes(caseFile, asOf)).flatMap((assessment: { checks?: RuleCheck[] }) => assessment.checks ?? []);
  return [
    ...transfer.checks,
    ...transfer.alternatives.flatMap((alternative) => alternative.checks),
    ...assessPrisonLeaseModel(caseFile, asOf).checks,
    ...routes,
  ];
}

describe('what would change the outcome', () => {
  it('every check not met or unknown carries it, on any case', () => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (caseFile, asOf) => {
        for (const check of everyCheck(caseFile, asOf)) {
          if (check.status === 'met' || nothingCanChange.includes(check.messageKey)) continue;
          expect(check.toChange?.text, `${check.messageKey}`).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(['GN', 'AF', 'MA'])('with no instrument found for %s, proving the nationality is never offered as what makes it eligible', (state) => {
    const caseFile = buildCaseFile({
      stage: 'IN_CUSTODY',
      nationalities: [buildNationality(state, 'claimed')],
      custody: buildCustody({ judgmentFinal: true, expectedEnd: '2028-01-01' }),
    });
    const tst1 = assessTransferEligibility(caseFile, '2026-11-23').checks.find((check) => check.id === 'TST-1');
    expect(tst1?.status).toBe('unknown');
    expect(tst1?.toChange?.text).not.toMatch(/^Eligible once/);
    expect(tst1?.toChange?.text).toContain('opens a transfer only if an instrument links Belgium');
  });

  it('with an instrument in force, proving the nationality is what would change it', () => {
    const caseFile = buildCaseFile({
      stage: 'IN_CUSTODY',
      nationalities: [buildNationality('AL', 'claimed')],
      custody: buildCustody({ judgmentFinal: true, expectedEnd: '2028-01-01' }),
    });
    expect(assessTransferEligibility(caseFile, '2026-11-23').checks.find((check) => check.id === 'TST-1')?.toChange?.text).toBe(
      'Eligible once the nationality of Albania is proven.',
    );
  });
});
