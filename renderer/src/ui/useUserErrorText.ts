import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplanation } from '../i18n/useExplanation';
import type { UserErrorMessage } from './userErrorMessage';
import { unmetConditionText } from './unmetConditionText';

/** Words an error notice in the user's language, a refusal's conditions included. */
export function useUserErrorText(): (message: UserErrorMessage) => string {
  const { t } = useTranslation();
  const explain = useExplanation();
  return useCallback(
    (message: UserErrorMessage) => {
      const issues = message.conditions?.map((condition) => unmetConditionText(explain, condition)).join(' ');
      return t(message.key, issues === undefined ? message.values : { ...message.values, issues });
    },
    [t, explain],
  );
}

/** Words unmet conditions in the user's language (one string per condition). */
export function useUnmetText(): (condition: Parameters<typeof unmetConditionText>[1]) => string {
  const explain = useExplanation();
  return useCallback((condition: Parameters<typeof unmetConditionText>[1]) => unmetConditionText(explain, condition), [explain]);
}
