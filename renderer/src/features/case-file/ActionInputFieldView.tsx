import { MultiSelect, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActionInputField, ActionInputKind } from '../../../../shared/workflow';
import { CheckboxField } from '../../ui/form/fields/CheckboxField';
import { countryOptions } from '../../ui/form/fields/countryOptions';
import { DateField } from '../../ui/form/fields/DateField';
import { NumberField } from '../../ui/form/fields/NumberField';
import { SelectField, type SelectOption } from '../../ui/form/fields/SelectField';
import { TextField } from '../../ui/form/fields/TextField';
import { useFieldError } from '../../ui/form/fields/useFieldError';
import { useLocale } from '../../ui/useLocale';
import type { ActionValues } from './actionForm';

/**
 * The kinds of field the dialog can ask for. A field of any other kind (`unsupported`: a
 * list of records, a number with decimals…) needs a field view here before its action can
 * be offered in a dialog; the dialog test fails until then.
 */
export const dialogFieldKinds: ReadonlySet<ActionInputKind> = new Set([
  'text',
  'note',
  'date',
  'timestamp',
  'integer',
  'boolean',
  'country',
  'countryList',
  'enum',
  'enumList',
]);

interface FieldViewProps {
  field: ActionInputField;
  /** Required for the values typed so far (a refusal's reasons once "refused" is chosen). */
  required: boolean;
}

/** One field of an action's input, with the same labelled inputs as the intake. */
export function ActionInputFieldView({ field, required }: FieldViewProps) {
  const { t } = useTranslation();
  const label = t(field.labelKey);
  const options = useOptions(field);
  switch (field.kind) {
    case 'text':
      return <TextField<ActionValues> name={field.name} label={label} required={required} />;
    case 'note':
      return <TextField<ActionValues> name={field.name} label={label} required={required} multiline />;
    case 'date':
      return <DateField<ActionValues> name={field.name} label={label} required={required} />;
    case 'integer':
      return <NumberField<ActionValues> name={field.name} label={label} required={required} />;
    case 'boolean':
      return <CheckboxField<ActionValues> name={field.name} label={label} />;
    case 'country':
      return <SelectField<ActionValues> name={field.name} label={label} options={options} required={required} searchable />;
    case 'enum':
      return <SelectField<ActionValues> name={field.name} label={label} options={options} required={required} />;
    case 'countryList':
    case 'enumList':
      return <MultiSelectField name={field.name} label={label} options={options} required={required} searchable={field.kind === 'countryList'} />;
    case 'timestamp':
      return <TimestampField name={field.name} label={label} required={required} />;
    case 'record':
    case 'unsupported':
      return null;
  }
}

/** An enum's values by their labels; countries by their names in the user's language (only those the field accepts). */
function useOptions(field: ActionInputField): SelectOption[] {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  // The labels are made in this language: t keeps its identity when the caseworker switches language.
  const language = i18n.language;
  return useMemo(() => {
    if (field.kind === 'country' || field.kind === 'countryList') {
      const accepted = field.options?.map((option) => option.value);
      return countryOptions(locale).filter((option) => accepted === undefined || accepted.includes(option.value));
    }
    return (field.options ?? []).map((option) => ({
      value: option.value,
      label: option.labelKey === undefined ? option.value : t(option.labelKey, { lng: language }),
    }));
  }, [field, locale, t, language]);
}

interface ControlledProps {
  name: string;
  label: string;
  required: boolean;
}

function MultiSelectField({ name, label, options, required, searchable }: ControlledProps & { options: SelectOption[]; searchable: boolean }) {
  const { control } = useFormContext<ActionValues>();
  const { field, fieldState } = useController({ control, name });
  const error = useFieldError(fieldState.error);
  const value = Array.isArray(field.value) ? field.value.filter((entry): entry is string => typeof entry === 'string') : [];
  return (
    <MultiSelect
      label={label}
      required={required}
      error={error}
      name={field.name}
      data={options}
      searchable={searchable}
      value={value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      ref={field.ref}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A local date and time (the browser's own picker), sent to the workflow as an instant. */
function TimestampField({ name, label, required }: ControlledProps) {
  const { control } = useFormContext<ActionValues>();
  const { field, fieldState } = useController({ control, name });
  const error = useFieldError(fieldState.error);
  return (
    <TextInput
      type="datetime-local"
      label={label}
      required={required}
      error={error}
      name={field.name}
      ref={field.ref}
      onBlur={field.onBlur}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
    />
  );
}
