import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../../../shared/model';
import { caseFileArbitrary } from './caseFile';

describe('caseFileArbitrary', () => {
  it('only produces case files that pass the schema', () => {
    fc.assert(
      fc.property(caseFileArbitrary(), (caseFile) => {
        const parsed = CaseFileSchema.safeParse(caseFile);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
