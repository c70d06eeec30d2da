import { TextInput, Textarea } from '@mantine/core';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';

interface TextFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  description?: string;
  /** `undefined` (default) for optional fields; `empty` keeps '' for required fields that may be blank. */
  blankAs?: 'undefined' | 'empty';
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
}

/** A labelled text input bound to the form; a blank optional field is recorded as absent. */
export function TextField<Values extends FieldValues>({
  name,
  label,
  description,
  blankAs = 'undefined',
  multiline,
  required,
  autoFocus,
}: TextFieldProps<Values>) {
  const { control } = useFormContext<Values>();
  const { field, fieldState } = useController({ name, control });
  const error = useFieldError(fieldState.error, label);
  const value = typeof field.value === 'string' ? field.value : '';
  const onChange = (text: string) => field.onChange(text === '' && blankAs === 'undefined' ? undefined : text);
  const common = { label, description, error, required, autoFocus, name: field.name, ref: field.ref, onBlur: field.onBlur, value };
  return multiline ? (
    <Textarea {...common} autosize minRows={2} onChange={(event) => onChange(event.currentTarget.value)} />
  ) : (
    <TextInput {...common} onChange={(event) => onChange(event.currentTarget.value)} />
  );
}
