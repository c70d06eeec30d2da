import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../../../shared/model/caseFile';
import { generateCase, generateCases } from '../../bench/caseGenerator';

describe('bench case generator', () => {
  it('makes valid, deterministic cases of about 2.5 KB', () => {
    const cases = generateCases(0, 300);
    for (const caseFile of cases) expect(CaseFileSchema.safeParse(caseFile).error).toBeUndefined();
    expect(generateCase(17)).toEqual(generateCase(17));
    const average = cases.reduce((sum, caseFile) => sum + JSON.stringify(caseFile).length, 0) / cases.length;
    expect(average).toBeGreaterThan(1_200);
    expect(average).toBeLessThan(3_000);
  });
});
