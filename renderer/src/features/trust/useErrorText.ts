import { useCallback } from 'react';
import { userErrorMessage } from '../../ui/userErrorMessage';
import { useUserErrorText } from '../../ui/useUserErrorText';

/** A store error as a sentence in the user's language (never the library's own text). */
export function useErrorText(): (error: unknown) => string {
  const text = useUserErrorText();
  return useCallback((error: unknown) => text(userErrorMessage(error)), [text]);
}
