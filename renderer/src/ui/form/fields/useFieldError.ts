import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { decodeValidationMessage } from '../validationMessage';

/** The translated message of a field error, or undefined when the field is valid; messages that name the field get its label. */
export function useFieldError(error: FieldError | undefined, label?: string): string | undefined {
  const { t } = useTranslation();
  if (!error) return undefined;
  const message = decodeValidationMessage(error.message, error.type);
  return t(message.key, { ...(label === undefined ? {} : { field: label }), ...message.values });
}
