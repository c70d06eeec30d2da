import { describe, expect, it } from 'vitest';
import { CaseFileSchema, ReturnDirectiveVulnerabilitySchema, VulnerabilitySchema } from '../../../shared/model';
import { buildCaseFile, buildCustody, testMeta } from '../arbitraries/caseFileBuilder';

describe('CaseFileSchema', () => {
  it('accepts a minimal case at intake', () => {
    expect(CaseFileSchema.safeParse(buildCaseFile()).success).toBe(true);
  });

  it.each([
    ['reference', { reference: 'RC-26-1' }],
    ['id', { id: 'not-a-uuid' }],
    ['version', { version: 0 }],
    ['openedOn', { openedOn: '23/11/2026' }],
    ['stage', { stage: 'closed' }],
  ])('refuses a bad %s', (_field, override) => {
    expect(CaseFileSchema.safeParse({ ...buildCaseFile(), ...override }).success).toBe(false);
  });

  it('keeps judgment finality unknown when it is not recorded (never defaults it)', () => {
    const parsed = CaseFileSchema.parse(buildCaseFile({ custody: buildCustody() }));
    expect(parsed.custody?.judgmentFinal).toBeUndefined();
  });

  it('accepts dual nationals and stateless persons', () => {
    const dual = buildCaseFile({
      nationalities: [
        { ...testMeta(), country: 'AL', status: 'proven', evidence: [] },
        { ...testMeta(), country: 'GR', status: 'claimed', evidence: [] },
      ],
    });
    expect(CaseFileSchema.safeParse(dual).success).toBe(true);
    const base = buildCaseFile();
    const stateless = { ...base, person: { ...base.person, stateless: true, permanentResidenceCountry: 'AL' } };
    expect(CaseFileSchema.safeParse(stateless).success).toBe(true);
  });
});

describe('Vulnerabilities (RD Art. 3(9) and RCD Art. 21)', () => {
  it('lists exactly the seven Return Directive Art. 3(9) categories', () => {
    expect(ReturnDirectiveVulnerabilitySchema.options).toHaveLength(7);
  });

  it('refuses trafficking as an Art. 3(9) category but accepts it as another vulnerability (RCD Art. 21)', () => {
    expect(VulnerabilitySchema.safeParse({ ...testMeta(), basis: 'return_directive_3_9', category: 'victim_of_trafficking' }).success).toBe(false);
    expect(VulnerabilitySchema.safeParse({ ...testMeta(), basis: 'other', category: 'victim_of_trafficking' }).success).toBe(true);
  });
});
