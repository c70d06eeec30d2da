import type { TFunction } from 'i18next';
import { userErrorMessage } from '../../ui/userErrorMessage';

/**
 * What to tell the user when the store refuses an account operation: the store's typed
 * errors (wrong credentials, sign-in limits, account changes) as sentences in the user's
 * language (ui/userErrorMessage.ts), never the store's or a library's own text.
 */
export function authErrorMessage(error: unknown, t: TFunction): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (code === 'permission') return t('auth.errors.permission');
  const message = userErrorMessage(error);
  if (message.key === 'caseFile.errors.unexpected') return t('auth.errors.unexpected');
  return t(message.key, message.values);
}
