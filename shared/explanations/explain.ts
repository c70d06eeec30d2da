import type { PeriodUnit } from '../reference';
import { englishMessages, englishTerms, type MessageKey, type TermGroup } from './catalogue';
import type { PeriodUnitWord } from './termMessages';

/**
 * A list of coded values (roles, stages, attachments…) that each language names in its own
 * words: the renderer translates every value through `explanations.terms.<group>.<value>`.
 */
export interface TermList {
  group: TermGroup;
  values: readonly string[];
  /** How a list of more than one value reads: "a, b and c" or "a, b or c". */
  join: 'and' | 'or';
}

/**
 * A value a message interpolates. Strings, numbers and ISO dates are shown as they are
 * (dates in the user's locale); coded values travel as a TermList so they are translated.
 */
export type MessageParam = string | number | TermList;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message shared/ produces: a key of the catalogue, every value it interpolates, and its English form. */
export interface Explanation {
  key: MessageKey;
  params: MessageParams;
  /** English, from the catalogue: for tests, logs and as the renderer's fallback. */
  text: string;
}

/** `{{name}}` placeholders of a template, in order of appearance (repeats removed). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? ''))];
}

/** One coded value; a one-value list of the group names it. */
export function term(group: TermGroup, value: string): TermList {
  return { group, values: [value], join: 'and' };
}

/** Several coded values of one group, read as "a, b and c" (or "a, b or c"). */
export function terms(group: TermGroup, values: readonly string[], join: 'and' | 'or' = 'and'): TermList {
  return { group, values, join };
}

export function isTermList(value: MessageParam): value is TermList {
  return typeof value === 'object';
}

/** The English words of a term list. */
function englishTermList(list: TermList): string {
  const words = list.values.map((value) => {
    const groupTerms: Readonly<Record<string, string>> = englishTerms[list.group];
    const word = groupTerms[value];
    if (word === undefined) throw new Error(`Term "${list.group}.${value}" is not in the explanation catalogue`);
    return word;
  });
  return new Intl.ListFormat('en', { type: list.join === 'or' ? 'disjunction' : 'conjunction' }).format(words);
}

/** Fills a template's placeholders; a placeholder without its value is a programming error. */
export function interpolate(template: string, params: MessageParams, format: (value: MessageParam) => string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Message "${template}" needs the value "${name}"`);
    return format(value);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(englishMessages, key);
}

/**
 * The one way shared/ words a message: the key must be in the catalogue and the params
 * must be exactly the template's placeholders, so no value reaches the English text
 * without travelling in `params` to the translations too.
 */
export function explain(key: MessageKey, params: MessageParams = {}): Explanation {
  if (!isMessageKey(key)) throw new Error(`Message key "${key}" is not in the explanation catalogue`);
  const template = englishMessages[key];
  const expected = placeholdersOf(template).sort();
  const given = Object.keys(params).sort();
  if (expected.join() !== given.join()) throw new Error(`Message "${key}" takes {${expected.join(', ')}}, was given {${given.join(', ')}}`);
  return { key, params, text: interpolate(template, params, (value) => (isTermList(value) ? englishTermList(value) : String(value))) };
}

const singularUnit: Readonly<Record<PeriodUnit, PeriodUnitWord>> = { calendar_days: 'calendar_day', working_days: 'working_day', weeks: 'week', months: 'month', years: 'year' };

/** A period's unit as a term, singular for an amount of one ("1 month", "6 months"). */
export function periodUnitTerm(amount: number, unit: PeriodUnit): TermList {
  return term('periodUnit', amount === 1 ? singularUnit[unit] : unit);
}

/** A period as two message values: `{{amount}} {{unit}}` ("18 months"). */
export function periodParams(period: { amount: number; unit: PeriodUnit }): { amount: number; unit: TermList } {
  return { amount: period.amount, unit: periodUnitTerm(period.amount, period.unit) };
}
