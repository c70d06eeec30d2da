import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { optionListBehaviour } from './optionListBehaviour';
import { useFieldError } from './useFieldError';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  options: readonly SelectOption[];
  description?: string;
  required?: boolean;
  searchable?: boolean;
  clearable?: boolean;
}

/** A labelled choice bound to the form; clearing it records the value as absent. */
export function SelectField<Values extends FieldValues>({ name, label, options, description, required, searchable, clearable }: SelectFieldProps<Values>) {
  const { t } = useTranslation();
  const { control } = useFormContext<Values>();
  const { field, fieldState } = useController({ name, control });
  const error = useFieldError(fieldState.error);
  const value = typeof field.value === 'string' && field.value !== '' ? field.value : null;
  return (
    <Select
      label={label}
      description={description}
      error={error}
      required={required}
      data={[...options]}
      searchable={searchable}
      clearable={clearable ?? !required}
      clearButtonProps={{ 'aria-label': t('intake.actions.clearField', { field: label }) }}
      allowDeselect={!required}
      name={field.name}
      ref={field.ref}
      onBlur={field.onBlur}
      value={value}
      onChange={(next) => field.onChange(next ?? undefined)}
      {...optionListBehaviour(value)}
    />
  );
}
