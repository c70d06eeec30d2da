import type { TFunction } from 'i18next';
import { countries } from '../../../../shared/reference';
import { formatCountry } from './countryName';
import { formatCalendarDate, formatDateTime } from './dateFormat';
import { formatList } from './listFormat';
import { formatNumber } from './numberFormat';

/**
 * Where the words of the model's coded values live: `<namespace>.<enum name>.<value>`.
 * A value is looked up in every group when its enum is not known (a proposed action's
 * input, an audit diff), the named group first when it is.
 */
const enumNamespaces = ['caseFile.enums', 'intake.enums'] as const;

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const codedValue = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[a-z]+$/;

/** A coded value that has no translation still reads as words: "removal_in_progress" → "Removal in progress". */
export function humanisedCode(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

function enumGroups(t: TFunction): string[] {
  return enumNamespaces.flatMap((namespace) => {
    const groups = t(namespace, { returnObjects: true, lng: 'en' }) as unknown;
    return typeof groups === 'object' && groups !== null ? Object.keys(groups).map((group) => `${namespace}.${group}`) : [];
  });
}

/** The words of a model enum's value in the user's language; an unknown value is humanised, never shown raw. */
export function enumLabel(t: TFunction, value: string, enumName?: string): string {
  const named = enumName === undefined ? [] : enumNamespaces.map((namespace) => `${namespace}.${enumName}.${value}`);
  const keys = [...named, ...enumGroups(t).map((group) => `${group}.${value}`)];
  return t(keys, { defaultValue: humanisedCode(value) });
}

export interface LegalValueContext {
  t: TFunction;
  locale: string;
}

/**
 * Any recorded value in words of the user's language: a calendar date or an instant in
 * the locale, a country code as the country's name, a coded value as its label, yes/no,
 * numbers grouped, lists joined. No ISO date, country code or enum key is ever shown raw.
 */
export function legalValueText(value: unknown, context: LegalValueContext, enumName?: string): string {
  const { t, locale } = context;
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return t(value ? 'ui.values.yes' : 'ui.values.no');
  if (typeof value === 'number') return formatNumber(value, locale);
  if (Array.isArray(value))
    return formatList(
      value.map((entry) => legalValueText(entry, context, enumName)),
      locale,
      'and',
    );
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, entry]) => !key.endsWith('Id') && entry !== undefined && entry !== null && entry !== '')
      .map(([, entry]) => legalValueText(entry, context))
      .join(' · ');
  }
  if (typeof value !== 'string') return '';
  if (calendarDate.test(value)) return formatCalendarDate(value, locale);
  if (instant.test(value)) return formatDateTime(value, locale);
  if (/^[A-Z]{2}$/.test(value) && value in countries) return formatCountry(value, locale);
  if (codedValue.test(value)) return enumLabel(t, value, enumName);
  return value;
}
