import { NumberInput } from '@mantine/core';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';

interface NumberFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  min?: number;
  required?: boolean;
}

/** A whole number (years, months, days of a sentence). */
export function NumberField<Values extends FieldValues>({ name, label, min = 0, required }: NumberFieldProps<Values>) {
  const { control } = useFormContext<Values>();
  const { field, fieldState } = useController({ name, control });
  const error = useFieldError(fieldState.error);
  return (
    <NumberInput
      label={label}
      error={error}
      required={required}
      min={min}
      allowDecimal={false}
      name={field.name}
      ref={field.ref}
      onBlur={field.onBlur}
      value={typeof field.value === 'number' ? field.value : ''}
      onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
    />
  );
}
