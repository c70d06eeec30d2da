/**
 * Field messages in the user's language. Zod issues are turned into i18n keys (by issue
 * code) with their parameters, carried through react-hook-form as the error message, and
 * translated when shown. A message that is not one of ours (a schema's own English text)
 * falls back to the generic message for its issue code: never raw English or a stack.
 */
export interface ValidationMessage {
  key: string;
  values?: Record<string, string | number>;
}

/** The subset of a zod issue this mapping reads (zod 4 `$ZodRawIssue`). */
export interface IssueLike {
  code: string;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  /** A refinement's parameters: shared/model's text checks put their message key here. */
  params?: Record<string, unknown>;
}

/**
 * shared/model's checks (trust.validation.*) shown at a field: the form's own wording, which
 * names the field (a pasted name with a hidden character is refused where it was typed).
 */
const modelMessageKeys: Readonly<Record<string, string>> = {
  'trust.validation.invisibleCharacters': 'intake.validation.invisibleCharacters',
  'trust.validation.dateOfBirthInFuture': 'intake.validation.dateOfBirthInFuture',
};

const PREFIX = 'validation:';

export function messageKeyForIssue(issue: IssueLike): ValidationMessage {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? { key: 'intake.validation.required' }
        : { key: 'intake.validation.invalid' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'intake.validation.required' };
      if (issue.origin === 'array') return { key: 'intake.validation.tooFewItems', values: { minimum: Number(issue.minimum) } };
      if (issue.origin === 'string') return { key: 'intake.validation.tooShort', values: { minimum: Number(issue.minimum) } };
      return { key: 'intake.validation.tooSmall', values: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'intake.validation.tooLong', values: { maximum: Number(issue.maximum) } };
      return { key: 'intake.validation.tooBig', values: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'date' ? { key: 'intake.validation.invalidDate' } : { key: 'intake.validation.invalidFormat' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'intake.validation.chooseOption' };
    case 'custom': {
      const modelKey = issue.params?.['messageKey'];
      const key = typeof modelKey === 'string' ? modelMessageKeys[modelKey] : undefined;
      return { key: key ?? 'intake.validation.invalid' };
    }
    default:
      return { key: 'intake.validation.invalid' };
  }
}

/** The zod error map for the resolver: the message is an encoded i18n key. */
export function formErrorMap(issue: IssueLike): string {
  return encodeValidationMessage(messageKeyForIssue(issue));
}

export function encodeValidationMessage(message: ValidationMessage): string {
  return PREFIX + JSON.stringify(message);
}

/** Reads a message back; an unknown message is replaced by the generic one for its issue code. */
export function decodeValidationMessage(message: string | undefined, issueCode: string | undefined): ValidationMessage {
  if (message?.startsWith(PREFIX)) {
    try {
      const parsed: unknown = JSON.parse(message.slice(PREFIX.length));
      if (isValidationMessage(parsed)) return parsed;
    } catch {
      // fall through to the generic message
    }
  }
  return messageKeyForIssue({ code: issueCode ?? 'custom', input: 'present' });
}

function isValidationMessage(value: unknown): value is ValidationMessage {
  if (typeof value !== 'object' || value === null) return false;
  const key: unknown = Reflect.get(value, 'key');
  return typeof key === 'string' && key.startsWith('intake.validation.');
}
