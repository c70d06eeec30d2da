import type { TFunction } from 'i18next';
import { countryGroup, inputFieldGroup, englishMessages, englishTerms, isTermList, type MessageParam, type MessageParams } from '../../../shared/explanations';
import { formatCalendarDate } from '../ui/format/dateFormat';
import { formatCountry } from '../ui/format/countryName';
import { formatList } from '../ui/format/listFormat';
import { formatNumber } from '../ui/format/numberFormat';
import type { Messages } from './messageBundles';

/**
 * A message worded by shared/ (an eligibility check, an unmet condition, a summary, a
 * deadline's consequence): its catalogue key, the values it shows and its English text.
 * `fallbackKey` is a full i18n key tried when the message has no catalogue key.
 */
export interface ExplainedMessage {
  messageKey?: string;
  params?: MessageParams;
  text: string;
  fallbackKey?: string;
}

/** The namespace the catalogue is served under: `explanations.<message key>`. */
export const explanationsNamespace = 'explanations';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value in the reader's language: coded values (countries too) named and listed, calendar dates in the locale's form. */
export function formatMessageParam(t: TFunction, locale: string, value: MessageParam): string {
  if (isTermList(value)) {
    // Countries are named by the locale (every country, in every language), an input field by its label, other terms by the catalogue's translations.
    const word = (code: string) =>
      value.group === countryGroup
        ? formatCountry(code, locale)
        : value.group === inputFieldGroup
          ? t(code)
          : t(`${explanationsNamespace}.terms.${value.group}.${code}`, { defaultValue: code });
    const words = value.values.map(word);
    return formatList(words, locale, value.join === 'or' ? 'or' : 'and');
  }
  if (typeof value === 'number') return formatNumber(value, locale);
  return isoDate.test(value) ? formatCalendarDate(value, locale) : value;
}

/** Words a shared/ message in the current language of `t`; the English text is the last fallback. */
export function explanationText(t: TFunction, locale: string, message: ExplainedMessage): string {
  const keys = [...(message.messageKey ? [`${explanationsNamespace}.${message.messageKey}`] : []), ...(message.fallbackKey ? [message.fallbackKey] : [])];
  if (keys.length === 0) return message.text;
  const replace = Object.fromEntries(Object.entries(message.params ?? {}).map(([name, value]) => [name, formatMessageParam(t, locale, value)]));
  return t(keys, { replace, defaultValue: message.text });
}

/** The English catalogue as an i18n bundle (the translations live in features/case-file/explanations/<lang>.json). */
export function englishExplanationBundle(): Messages {
  const root: Messages = {};
  for (const [key, text] of Object.entries(englishMessages)) {
    const path = key.split('.');
    const leaf = path.pop() ?? key;
    let node = root;
    for (const segment of path) {
      const next = node[segment];
      if (typeof next === 'string') throw new Error(`Explanation key "${key}" nests under a text`);
      node = next ?? (node[segment] = {});
    }
    node[leaf] = text;
  }
  const terms: Messages = Object.fromEntries(Object.entries(englishTerms).map(([group, words]) => [group, { ...words }]));
  return { [explanationsNamespace]: { ...root, terms } };
}
