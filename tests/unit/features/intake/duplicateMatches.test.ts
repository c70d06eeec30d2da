import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../../../../shared/model';
import { duplicateMatches } from '../../../../renderer/src/features/intake/duplicateMatches';
import albania from '../../../fixtures/albania-custody-expulsion.json';

const existing = CaseFileSchema.parse(albania.cases[0]);

describe('possible duplicates before saving', () => {
  it('matches the same folded name (diacritics, case, order) and date of birth, and says why', () => {
    const matches = duplicateMatches({ names: [{ familyName: 'HOXHA', givenNames: 'arben' }], dateOfBirth: '1991-02-08', documentNumbers: [] }, [existing]);
    expect(matches).toEqual([
      {
        caseId: existing.id,
        reference: 'RC-2026-000123',
        name: 'HOXHA Arben',
        reasons: [{ kind: 'nameAndDateOfBirth', name: 'HOXHA Arben', dateOfBirth: '1991-02-08', nameMatch: 'exact', dateOfBirthMatch: 'same' }],
      },
    ]);
  });

  it('matches an alias of the existing case', () => {
    const matches = duplicateMatches({ names: [{ familyName: 'Hoxa', givenNames: 'Arbeni' }], dateOfBirth: '1991-02-08', documentNumbers: [] }, [existing]);
    expect(matches[0]?.reasons[0]).toMatchObject({ kind: 'nameAndDateOfBirth', name: 'HOXA Arbeni' });
  });

  it.each([
    ['Hodja', 'Arben', 'phonetic'],
    ['Hoxxa', 'Arben', 'phonetic'],
    ['Hoxhaa', 'Arben', 'phonetic'],
    ['Hoxla', 'Arben', 'fuzzy'],
  ] as const)('matches a name spelt differently (%s %s: %s) with the same date of birth', (familyName, givenNames, nameMatch) => {
    const matches = duplicateMatches({ names: [{ familyName, givenNames }], dateOfBirth: '1991-02-08', documentNumbers: [] }, [existing]);
    expect(matches[0]?.reasons[0]).toMatchObject({ kind: 'nameAndDateOfBirth', nameMatch, dateOfBirthMatch: 'same' });
  });

  it('matches a date of birth with day and month swapped', () => {
    const matches = duplicateMatches({ names: [{ familyName: 'Hoxha', givenNames: 'Arben' }], dateOfBirth: '1991-08-02', documentNumbers: [] }, [existing]);
    expect(matches[0]?.reasons[0]).toMatchObject({ dateOfBirthMatch: 'swappedDayMonth', dateOfBirth: '1991-02-08' });
  });

  it('matches a date of birth within a year only when one of them is estimated', () => {
    const candidate = { names: [{ familyName: 'Hoxha', givenNames: 'Arben' }], dateOfBirth: '1991-06-01', documentNumbers: [] };
    expect(duplicateMatches(candidate, [existing])).toEqual([]);
    expect(duplicateMatches({ ...candidate, dateOfBirthEstimated: true }, [existing])[0]?.reasons[0]).toMatchObject({ dateOfBirthMatch: 'estimated' });
    expect(duplicateMatches({ ...candidate, dateOfBirth: '1993-01-01', dateOfBirthEstimated: true }, [existing])).toEqual([]);
  });

  it('does not match another name with the same date of birth, nor a given name that differs', () => {
    expect(duplicateMatches({ names: [{ familyName: 'Gashi', givenNames: 'Arben' }], dateOfBirth: '1991-02-08', documentNumbers: [] }, [existing])).toEqual([]);
    expect(duplicateMatches({ names: [{ familyName: 'Hoxha', givenNames: 'Dritan' }], dateOfBirth: '1991-02-08', documentNumbers: [] }, [existing])).toEqual(
      [],
    );
  });

  it('does not match the same name with another date of birth', () => {
    expect(duplicateMatches({ names: [{ familyName: 'Hoxha', givenNames: 'Arben' }], dateOfBirth: '1990-01-01', documentNumbers: [] }, [existing])).toEqual([]);
  });

  it('matches the same document number however it is written', () => {
    const matches = duplicateMatches({ names: [{ familyName: 'Other', givenNames: 'Person' }], dateOfBirth: undefined, documentNumbers: ['bh 441-7203'] }, [
      existing,
    ]);
    expect(matches[0]?.reasons).toEqual([{ kind: 'documentNumber', number: 'BH4417203' }]);
  });

  it('lists a case found twice (by name and by number) once, with both reasons', () => {
    const matches = duplicateMatches({ names: [{ familyName: 'Hoxha', givenNames: 'Arben' }], dateOfBirth: '1991-02-08', documentNumbers: ['BH4417203'] }, [
      existing,
      existing,
    ]);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.reasons.map((reason) => reason.kind)).toEqual(['nameAndDateOfBirth', 'documentNumber']);
  });
});
