import { MultiSelect, TextInput } from '@mantine/core';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/form/fields/CheckboxField';
import { CountryField } from '../../ui/form/fields/CountryField';
import { DateField } from '../../ui/form/fields/DateField';
import { NumberField } from '../../ui/form/fields/NumberField';
import { SelectField } from '../../ui/form/fields/SelectField';
import { TextField } from '../../ui/form/fields/TextField';
import type { ActionInputField } from './actionInputFields';

type ActionValues = Record<string, unknown>;

/** One field of an action's input, with the same labelled inputs as the intake. */
export function ActionInputFieldView({ field }: { field: ActionInputField }) {
  const { t } = useTranslation();
  const label = t(`caseFile.input.${field.name}`);
  const options = (field.options ?? []).map((value) => ({ value, label: t(`caseFile.enums.${field.enumKey ?? field.name}.${value}`) }));
  switch (field.kind) {
    case 'text':
      return <TextField<ActionValues> name={field.name} label={label} required={field.required} />;
    case 'note':
      return <TextField<ActionValues> name={field.name} label={label} required={field.required} multiline />;
    case 'date':
      return <DateField<ActionValues> name={field.name} label={label} required={field.required} />;
    case 'integer':
      return <NumberField<ActionValues> name={field.name} label={label} required={field.required} />;
    case 'boolean':
      return <CheckboxField<ActionValues> name={field.name} label={label} />;
    case 'country':
      return <CountryField<ActionValues> name={field.name} label={label} required={field.required} />;
    case 'enum':
      return <SelectField<ActionValues> name={field.name} label={label} options={options} required={field.required} />;
    case 'enumList':
      return <EnumListField name={field.name} label={label} options={options} />;
    case 'timestamp':
      return <TimestampField name={field.name} label={label} required={field.required} />;
  }
}

function EnumListField({ name, label, options }: { name: string; label: string; options: { value: string; label: string }[] }) {
  const { control } = useFormContext<ActionValues>();
  const { field } = useController({ control, name });
  const value = Array.isArray(field.value) ? field.value.filter((entry): entry is string => typeof entry === 'string') : [];
  return <MultiSelect label={label} data={options} value={value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} comboboxProps={{ withinPortal: true }} />;
}

function TimestampField({ name, label, required }: { name: string; label: string; required: boolean }) {
  const { control } = useFormContext<ActionValues>();
  const { field } = useController({ control, name });
  return (
    <TextInput
      type="datetime-local"
      label={label}
      required={required}
      name={field.name}
      ref={field.ref}
      onBlur={field.onBlur}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
    />
  );
}
