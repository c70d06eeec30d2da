import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nameText, DateOfBirthSchema } from '../../../shared/model/primitives';
import { dateFieldValue, dateInputPattern, formatLocalDate } from '../../../renderer/src/ui/form/localDate';
import { localisedZodResolver } from '../../../renderer/src/ui/form/localisedZodResolver';
import { decodeValidationMessage } from '../../../renderer/src/ui/form/validationMessage';
import { isBirthDateField, typedDateProblem } from '../../../renderer/src/ui/form/typedDateProblem';

const belgian = dateInputPattern('nl-BE');
const today = '2026-12-02';

describe('a date field keeps what was typed (issue 13, point 5)', () => {
  it.each(['29/02/2023', '31/04/2024', 'abc', '2023-02-29'])('holds the impossible date %s as text, never drops it', (typed) => {
    expect(dateFieldValue(typed, belgian)).toBe(typed);
    expect(typedDateProblem(dateFieldValue(typed, belgian), { birthDate: false, today })).toBe('impossible');
  });

  it('holds a real date as its ISO date and a blank field as nothing', () => {
    expect(dateFieldValue(' 29/02/2024 ', belgian)).toBe('2024-02-29');
    expect(dateFieldValue('   ', belgian)).toBeUndefined();
    expect(typedDateProblem('2024-02-29', { birthDate: false, today })).toBeUndefined();
  });

  it('refuses a date of birth after today, tomorrow included, and accepts today', () => {
    expect(typedDateProblem('2026-12-03', { birthDate: true, today })).toBe('futureBirth');
    expect(typedDateProblem('2099-12-31', { birthDate: true, today })).toBe('futureBirth');
    expect(typedDateProblem('2026-12-02', { birthDate: true, today })).toBeUndefined();
    // Any other date may lie in the future (a document valid until 2030).
    expect(typedDateProblem('2030-01-01', { birthDate: false, today })).toBeUndefined();
  });

  it('asks about a date of birth before 1900 until that very date is confirmed', () => {
    expect(typedDateProblem('1899-12-31', { birthDate: true, today })).toBe('earlyBirth');
    expect(typedDateProblem('1899-12-31', { birthDate: true, today, confirmed: '1899-12-31' })).toBeUndefined();
    expect(typedDateProblem('1899-12-30', { birthDate: true, today, confirmed: '1899-12-31' })).toBe('earlyBirth');
    expect(typedDateProblem('1900-01-01', { birthDate: true, today })).toBeUndefined();
  });

  it('knows the birth dates by the model field name', () => {
    expect(isBirthDateField('identity.person.dateOfBirth')).toBe(true);
    expect(isBirthDateField('family.familyLinks.0.dateOfBirth')).toBe(true);
    expect(isBirthDateField('documents.documents.0.issuedOn')).toBe(false);
  });

  it('shows a stored date in the order of the language and other text as it was typed', () => {
    expect(formatLocalDate('1991-02-08', belgian)).toBe('08/02/1991');
    expect(formatLocalDate('1991-02-08', dateInputPattern('sq-AL'))).toBe('08.02.1991');
    expect(formatLocalDate('31/04/2024', belgian)).toBe('31/04/2024');
  });
});

describe("the form's resolver reads shared/model's text checks", () => {
  const schema = z.object({ familyName: nameText(50), dateOfBirth: DateOfBirthSchema.optional() });
  const resolver = localisedZodResolver(schema);
  const options = { shouldUseNativeValidation: false, fields: {} };

  async function messageKeyOf(values: Record<string, unknown>, field: 'familyName' | 'dateOfBirth'): Promise<string | undefined> {
    const result = await resolver(values as z.input<typeof schema>, undefined, options);
    const error = result.errors[field];
    return error ? decodeValidationMessage(error.message, error.type).key : undefined;
  }

  it('names a pasted right-to-left override as an invisible character, not "not valid"', async () => {
    expect(await messageKeyOf({ familyName: 'Ali\u202Eexe.txt' }, 'familyName')).toBe('intake.validation.invisibleCharacters');
    expect(await messageKeyOf({ familyName: 'Zero\u200Bwidth' }, 'familyName')).toBe('intake.validation.invisibleCharacters');
  });

  it('keeps ZWJ and ZWNJ, which scripts need, and NFC-normalises the name', async () => {
    const result = await resolver({ familyName: 'C\u0327ela\u200C' }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ familyName: '\u00C7ela\u200C' });
  });

  it('says a future date of birth is refused', async () => {
    expect(await messageKeyOf({ familyName: 'Hoxha', dateOfBirth: '2099-12-31' }, 'dateOfBirth')).toBe('intake.validation.dateOfBirthInFuture');
  });

  it('refuses the impossible date the field holds as text', async () => {
    expect(await messageKeyOf({ familyName: 'Hoxha', dateOfBirth: '29/02/2023' }, 'dateOfBirth')).toBe('intake.validation.invalidDate');
  });
});
