import type { PeriodUnit } from '../reference';
import { englishMessages, englishTerms, type MessageKey, type TermGroup } from './catalogue';
import { countryNameIn } from './countryNames';
import type { PeriodUnitWord } from './termMessages';

/**
 * Countries are a term group of their own: their names come from the locale
 * (`Intl.DisplayNames`), not from the catalogue, so every language names every country.
 */
export const countryGroup = 'country';

/**
 * The fields of an action's input are a term group of their own too: each value is the
 * i18n key of the field's label (the label the dialog shows), so a message names the
 * field as the caseworker sees it, in their language.
 */
export const inputFieldGroup = 'inputField';
export type TermListGroup = TermGroup | typeof countryGroup | typeof inputFieldGroup;

/**
 * Placeholders that always name a country by its ISO 3166-1 code, in every message:
 * `explain()` turns a code given for one of them into a country term, so no text shows a
 * bare code ("AL") where the reader expects a name.
 */
export const countryPlaceholders: readonly string[] = ['state', 'memberState', 'destination'];

/**
 * A list of coded values (roles, stages, attachments…) that each language names in its own
 * words: the renderer translates every value through `explanations.terms.<group>.<value>`
 * (countries: through the locale's names of regions).
 */
export interface TermList {
  group: TermListGroup;
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

/** A group of coded values the catalogue or the locale can name (e.g. read back from a stored message). */
export function isTermListGroup(group: string): group is TermListGroup {
  return group === countryGroup || group === inputFieldGroup || Object.hasOwn(englishTerms, group);
}

/** A field of an action's input, named by the i18n key of its label. */
export function inputField(labelKey: string): TermList {
  return { group: inputFieldGroup, values: [labelKey], join: 'and' };
}

/** English has no bundle here (labels live with the renderer): the label key's last word, spaced ("decidedOn" → "decided on"). */
function englishFieldName(labelKey: string): string {
  const name = labelKey.slice(labelKey.lastIndexOf('.') + 1);
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A country, named by its ISO code: each language shows its own name of it. */
export function country(code: string): TermList {
  return { group: countryGroup, values: [code], join: 'and' };
}

export function isTermList(value: MessageParam): value is TermList {
  return typeof value === 'object';
}

export function isCountryTerm(value: MessageParam): boolean {
  return isTermList(value) && value.group === countryGroup;
}

/** The params with every country placeholder's code made a country term (see `countryPlaceholders`). */
export function withCountryTerms(params: MessageParams): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, countryPlaceholders.includes(name) && typeof value === 'string' ? country(value) : value]),
  );
}

/** The English words of a term list. */
function englishTermList(list: TermList): string {
  const words = list.values.map((value) => {
    if (list.group === countryGroup) return countryNameIn('en', value);
    if (list.group === inputFieldGroup) return englishFieldName(value);
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
 * without travelling in `params` to the translations too. A country placeholder's code
 * becomes a country term (named in the reader's language).
 */
export function explain(key: MessageKey, given: MessageParams = {}): Explanation {
  if (!isMessageKey(key)) throw new Error(`Message key "${key}" is not in the explanation catalogue`);
  const template = englishMessages[key];
  const expected = placeholdersOf(template).sort();
  const names = Object.keys(given).sort();
  if (expected.join() !== names.join()) throw new Error(`Message "${key}" takes {${expected.join(', ')}}, was given {${names.join(', ')}}`);
  const params = withCountryTerms(given);
  const notCountry = countryPlaceholders.filter((name) => params[name] !== undefined && !isCountryTerm(params[name] ?? ''));
  if (notCountry.length > 0) throw new Error(`Message "${key}" names a country in {${notCountry.join(', ')}}: give its ISO code or country(code)`);
  return { key, params, text: interpolate(template, params, (value) => (isTermList(value) ? englishTermList(value) : String(value))) };
}

const singularUnit: Readonly<Record<PeriodUnit, PeriodUnitWord>> = {
  calendar_days: 'calendar_day',
  working_days: 'working_day',
  weeks: 'week',
  months: 'month',
  years: 'year',
};

/** A period's unit as a term, singular for an amount of one ("1 month", "6 months"). */
export function periodUnitTerm(amount: number, unit: PeriodUnit): TermList {
  return term('periodUnit', amount === 1 ? singularUnit[unit] : unit);
}

/** A period as two message values: `{{amount}} {{unit}}` ("18 months"). */
export function periodParams(period: { amount: number; unit: PeriodUnit }): { amount: number; unit: TermList } {
  return { amount: period.amount, unit: periodUnitTerm(period.amount, period.unit) };
}
