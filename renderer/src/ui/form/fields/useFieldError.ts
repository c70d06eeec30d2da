import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { decodeValidationMessage } from '../validationMessage';

/** The translated message of a field error, or undefined when the field is valid. */
export function useFieldError(error: FieldError | undefined): string | undefined {
  const { t } = useTranslation();
  if (!error) return undefined;
  const message = decodeValidationMessage(error.message, error.type);
  return t(message.key, message.values ?? {});
}
