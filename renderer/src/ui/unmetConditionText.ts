import type { UnmetCondition } from '../../../shared/workflow';
import type { ExplainedMessage } from '../i18n/explanationText';

/** The i18n key of a transitional English-only condition (see `unmet` in shared/workflow); prefer `unmetConditionMessages`. */
export function unmetConditionKey(condition: UnmetCondition): string {
  return `caseFile.unmet.${condition.id}`;
}

/**
 * The messages of an unmet condition as the renderer words them: its catalogue message,
 * then what would change it when it comes from an eligibility check. An English-only
 * condition is looked up as `caseFile.unmet.<id>`.
 */
export function unmetConditionMessages(condition: UnmetCondition): ExplainedMessage[] {
  if (condition.messageKey === undefined) return [{ fallbackKey: unmetConditionKey(condition), text: condition.message }];
  const toChange = condition.toChange;
  if (toChange === undefined) return [{ messageKey: condition.messageKey, params: condition.params, text: condition.message }];
  const text = condition.message.endsWith(` ${toChange.text}`) ? condition.message.slice(0, -(toChange.text.length + 1)) : condition.message;
  return [
    { messageKey: condition.messageKey, params: condition.params, text },
    { messageKey: toChange.messageKey, params: condition.params, text: toChange.text },
  ];
}

/** An unmet condition in one sentence (or two) of the user's language. */
export function unmetConditionText(explain: (message: ExplainedMessage) => string, condition: UnmetCondition): string {
  return unmetConditionMessages(condition).map(explain).join(' ');
}
