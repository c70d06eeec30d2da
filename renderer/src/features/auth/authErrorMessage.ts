import type { TFunction } from 'i18next';

/**
 * What to tell the user when the store refuses an account operation. Known errors are
 * recognised by their `code` (never by parsing the message); any other error shows the
 * store's own message, which is written for the user, or a generic sentence.
 */
export function authErrorMessage(error: unknown, t: TFunction): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (code === 'authentication') return t('auth.errors.wrongCredentials');
  if (code === 'permission') return t('auth.errors.permission');
  if (error instanceof Error && error.message.length > 0 && error.message.length < 300) return error.message;
  return t('auth.errors.unexpected');
}
