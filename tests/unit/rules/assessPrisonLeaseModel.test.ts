import { describe, expect, it } from 'vitest';
import type { CaseFile, Custody } from '../../../shared/model';
import { assessPrisonLeaseModel } from '../../../shared/rules';
import { buildCaseFile, buildCustody, buildNationality, testMeta } from '../arbitraries/caseFileBuilder';

const asOf = '2026-11-23';

function leaseCase(country: string, custody: Partial<Custody> = {}, overrides: Partial<CaseFile> = {}): CaseFile {
  return buildCaseFile({
    nationalities: [buildNationality(country, 'proven')],
    custody: buildCustody({
      judgmentFinal: true,
      expulsionOrder: { reference: 'OQT-9', issuedOn: '2026-01-01', issuedBy: 'court', copyOnFile: true },
      ...custody,
    }),
    ...overrides,
  });
}

// Policy model only (Denmark–Kosovo prison lease, 2022): no Belgian legal basis.
describe('assessPrisonLeaseModel (LEASE policy placeholder)', () => {
  it.each([
    ['Moroccan, mental health not assessed', leaseCase('MA'), 'needs_review', { 'LEASE-1': 'met', 'LEASE-5': 'unknown' }],
    ['EU national', leaseCase('RO'), 'not_eligible', { 'LEASE-1': 'not_met' }],
    ['Kosovo national (host state)', leaseCase('XK'), 'not_eligible', { 'LEASE-1': 'not_met' }],
    [
      'terrorism offence',
      leaseCase('MA', { offences: [{ description: 'Terrorist offence', category: 'terrorism' }] }),
      'not_eligible',
      { 'LEASE-4': 'not_met' },
    ],
    ['no expulsion order', leaseCase('MA', { expulsionOrder: undefined }), 'not_eligible', { 'LEASE-3': 'not_met' }],
    [
      'mental disorder recorded',
      leaseCase('MA', {}, { vulnerabilities: [{ ...testMeta(), basis: 'other', category: 'mental_disorder' }] }),
      'not_eligible',
      { 'LEASE-5': 'not_met' },
    ],
  ] as const)('%s → %s', (_name, caseFile, verdict, checks) => {
    const result = assessPrisonLeaseModel(caseFile, asOf);
    expect(result.verdict).toBe(verdict);
    expect(result.policyModelOnly).toBe(true);
    expect(result.disclaimer.text).toContain('no legal basis');
    for (const [id, status] of Object.entries(checks)) expect(result.checks.find((check) => check.id === id)?.status, id).toBe(status);
  });
});
