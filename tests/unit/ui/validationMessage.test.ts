import { describe, expect, it } from 'vitest';
import { IntakeFormSchema } from '../../../renderer/src/ui/caseFacts/intakeSchema';
import { decodeValidationMessage, encodeValidationMessage, formErrorMap, messageKeyForIssue } from '../../../renderer/src/ui/form/validationMessage';

describe('field messages keyed by zod issue code', () => {
  it.each([
    [{ code: 'invalid_type', input: undefined }, 'intake.validation.required'],
    [{ code: 'too_small', origin: 'string', minimum: 1 }, 'intake.validation.required'],
    [{ code: 'too_big', origin: 'string', maximum: 200 }, 'intake.validation.tooLong'],
    [{ code: 'invalid_format', format: 'date' }, 'intake.validation.invalidDate'],
    [{ code: 'invalid_value' }, 'intake.validation.chooseOption'],
    [{ code: 'custom' }, 'intake.validation.invalid'],
  ])('%o → %s', (issue, key) => {
    expect(messageKeyForIssue(issue).key).toBe(key);
  });

  it('carries the limit of a too-long text as a parameter', () => {
    expect(messageKeyForIssue({ code: 'too_big', origin: 'string', maximum: 200 })).toEqual({ key: 'intake.validation.tooLong', values: { maximum: 200 } });
  });

  it('round-trips through the message string react-hook-form carries', () => {
    const message = { key: 'intake.validation.tooShort', values: { minimum: 3 } };
    expect(decodeValidationMessage(encodeValidationMessage(message), 'too_small')).toEqual(message);
  });

  it("replaces a schema's own English message by the generic one for its code, never shows it", () => {
    expect(decodeValidationMessage('Use a two-letter ISO 3166-1 country code, e.g. AL, XK', 'invalid_format')).toEqual({
      key: 'intake.validation.invalidFormat',
    });
  });

  it('is the error map zod uses on the intake schema: a missing family name is "required"', () => {
    const result = IntakeFormSchema.shape.identity.safeParse(
      {
        person: { sex: 'male', dateOfBirthEstimated: false, languages: [] },
        primaryName: { givenNames: '', source: 'declared', confidence: 'medium' },
        aliases: [],
      },
      { error: formErrorMap },
    );
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === 'primaryName.familyName');
    expect(decodeValidationMessage(issue?.message, issue?.code).key).toBe('intake.validation.required');
  });
});
