import { Checkbox } from '@mantine/core';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';

interface CheckboxFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  description?: string;
}

export function CheckboxField<Values extends FieldValues>({ name, label, description }: CheckboxFieldProps<Values>) {
  const { control } = useFormContext<Values>();
  const { field } = useController({ name, control });
  return (
    <Checkbox
      label={label}
      description={description}
      name={field.name}
      ref={field.ref}
      onBlur={field.onBlur}
      checked={field.value === true}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
    />
  );
}
