import { describe, expect, it } from 'vitest';
import { brusselsToday, caseFileFromIntake } from '../../../../renderer/src/features/intake/caseFileFromIntake';
import { withoutBlankStrings } from '../../../../renderer/src/ui/form/blankFields';
import { draftHasContent, intakeFromDraft } from '../../../../renderer/src/features/intake/draftValues';
import { emptyIntake } from '../../../../renderer/src/ui/caseFacts/intakeDefaults';
import { IntakeFormSchema, blankTextFields } from '../../../../renderer/src/ui/caseFacts/intakeSchema';

const actor = { userId: 'user-caseworker-1', displayName: 'Chris Caseworker', role: 'caseworker' as const };
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

function albanianInCustody() {
  const input = emptyIntake();
  input.identity.primaryName.familyName = 'Hoxha';
  input.identity.primaryName.givenNames = 'Arben';
  input.identity.person.sex = 'male';
  input.identity.person.dateOfBirth = '1991-02-08';
  input.nationality.nationalities.push({ country: 'AL', status: 'proven', evidence: [{ kind: 'document', description: 'Passport' }] });
  input.documents.documents.push({
    type: 'passport',
    number: 'BH4417203',
    issuingCountry: 'AL',
    form: 'original',
    evidenceClass: 'proof',
    authenticity: 'genuine',
    issuer: '',
  });
  input.custody = {
    inCustody: true,
    custody: {
      prison: 'Prison de Haren',
      judgmentFinal: true,
      offences: [{ description: 'Drugs', category: 'drugs' }],
      expectedEnd: '2027-07-23',
      expulsionOrder: { reference: 'EXP-1', issuedOn: '2025-06-12', issuedBy: 'court', copyOnFile: true },
    },
  };
  return input;
}

describe('the case file a completed intake opens', () => {
  it('records every fact entered and presumes nothing, with blank optional inputs left out', () => {
    const values = IntakeFormSchema.parse(withoutBlankStrings(albanianInCustody()));
    const caseFile = caseFileFromIntake(values, { actor, now: new Date('2026-11-23T09:00:00Z'), today: '2026-11-23', newId });
    expect(caseFile.stage).toBe('INTAKE');
    expect(caseFile.route).toBe('undetermined');
    expect(caseFile.identities).toMatchObject([{ familyName: 'Hoxha', givenNames: 'Arben', primary: true }]);
    expect(caseFile.nationalities).toMatchObject([{ country: 'AL', status: 'proven' }]);
    expect(caseFile.documents[0]).not.toHaveProperty('issuer');
    expect(caseFile.custody).toMatchObject({ judgmentFinal: true, expulsionOrder: { reference: 'EXP-1' } });
    expect(caseFile.custody).not.toHaveProperty('dualCriminality');
    expect(caseFile.priority).toBe('high');
    expect(caseFile.assigneeId).toBe(actor.userId);
  });

  it('keeps blank given names (some people have only a family name)', () => {
    expect(withoutBlankStrings({ givenNames: '', issuer: ' ' }, new Set(blankTextFields))).toEqual({ givenNames: '' });
    expect(withoutBlankStrings({ givenNames: '', issuer: ' ' })).toEqual({});
  });

  it('leaves the reference, the office and the workspace flag to the store that opens the case', () => {
    const caseFile = caseFileFromIntake(IntakeFormSchema.parse(withoutBlankStrings(albanianInCustody())), {
      actor,
      now: new Date('2026-11-23T09:00:00Z'),
      today: '2026-11-23',
      newId,
    });
    expect(caseFile).not.toHaveProperty('reference');
    expect(caseFile).not.toHaveProperty('office');
    expect(caseFile).not.toHaveProperty('training');
  });

  it('takes today in Brussels, not in UTC', () => {
    expect(brusselsToday(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('drafts', () => {
  it('an empty intake is not worth offering back; a typed name is', () => {
    expect(draftHasContent(emptyIntake())).toBe(false);
    const typed = emptyIntake();
    typed.identity.primaryName.familyName = 'H';
    expect(draftHasContent(typed)).toBe(true);
  });

  it('opens a draft that lacks a step, filling it with the empty step', () => {
    const restored = intakeFromDraft({ identity: { ...emptyIntake().identity, aliases: [] } });
    expect(restored.custody).toEqual({ inCustody: false });
    expect(restored.identity.aliases).toEqual([]);
  });
});
