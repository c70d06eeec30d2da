import type { TFunction } from 'i18next';
import { workflowActionById, type ActionInputField } from '../../../../shared/workflow';
import type { Formats } from '../../ui/format/formats';

export interface ApprovalInputLine {
  name: string;
  label: string;
  value: string;
}

function valueAt(input: Readonly<Record<string, unknown>>, path: string): unknown {
  let current: unknown = input;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** One value in words, as the action's own field declares it: a country by name, a date in the locale, an enum value by its label. */
function fieldValueText(field: ActionInputField, value: unknown, formats: Formats, t: TFunction): string {
  const optionLabel = (entry: unknown) => {
    const option = field.options?.find((candidate) => candidate.value === entry);
    return option?.labelKey ? t(option.labelKey, { defaultValue: formats.value(entry) }) : formats.value(entry);
  };
  switch (field.kind) {
    case 'country':
      return typeof value === 'string' ? formats.country(value) : formats.value(value);
    case 'countryList':
      return Array.isArray(value)
        ? formats.list(value.map((code) => (typeof code === 'string' ? formats.country(code) : formats.value(code))))
        : formats.value(value);
    case 'date':
      return typeof value === 'string' ? formats.date(value) : formats.value(value);
    case 'timestamp':
      return typeof value === 'string' ? formats.dateTime(value) : formats.value(value);
    case 'enum':
      return optionLabel(value);
    case 'enumList':
      return Array.isArray(value) ? formats.list(value.map(optionLabel)) : formats.value(value);
    case 'text':
    case 'note':
      return typeof value === 'string' ? value : formats.value(value);
    default:
      return formats.value(value);
  }
}

/**
 * What was proposed, field by field, labelled and worded as the action's dialog asks for it
 * (shared/workflow's input fields): the supervisor reads "Country of return: Albania", never
 * "destinationCountry: AL". Record ids and empty values are left out; a value the action no
 * longer declares is still worded by the formats.
 */
export function approvalInputLines(actionId: string, input: Readonly<Record<string, unknown>>, formats: Formats, t: TFunction): ApprovalInputLine[] {
  const fields = workflowActionById(actionId)?.inputFields ?? [];
  const declared = fields
    .filter((field) => field.kind !== 'record' && field.kind !== 'unsupported')
    .flatMap((field) => {
      const value = valueAt(input, field.name);
      if (value === undefined || value === null || value === '') return [];
      return [{ name: field.name, label: t(field.labelKey, { defaultValue: field.name }), value: fieldValueText(field, value, formats, t) }];
    });
  const undeclared = Object.entries(input)
    .filter(([name]) => !name.endsWith('Id') && !fields.some((field) => field.name === name || field.name.startsWith(`${name}.`)))
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => ({ name, label: t(`caseFile.input.${name}`, { defaultValue: name }), value: formats.value(value) }));
  return [...declared, ...undeclared];
}
