import { DateInput } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { dateInputPattern, parseLocalDate } from '../localDate';
import { useLocale } from '../../useLocale';
import { useFieldError } from './useFieldError';

interface DateFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  description?: string;
  required?: boolean;
}

/** A calendar date typed in the user's locale order (or picked), stored as YYYY-MM-DD. */
export function DateField<Values extends FieldValues>({ name, label, description, required }: DateFieldProps<Values>) {
  const { t } = useTranslation();
  const { control } = useFormContext<Values>();
  const { field, fieldState } = useController({ name, control });
  const error = useFieldError(fieldState.error);
  const locale = useLocale();
  const pattern = useMemo(() => dateInputPattern(locale), [locale]);
  return (
    <DateInput
      label={label}
      description={description ?? pattern.dayjsFormat}
      error={error}
      required={required}
      name={field.name}
      ref={field.ref}
      onBlur={field.onBlur}
      value={typeof field.value === 'string' ? field.value : null}
      onChange={(value) => field.onChange(value ?? undefined)}
      valueFormat={pattern.dayjsFormat}
      dateParser={(text) => parseLocalDate(text, pattern) ?? null}
      clearable
      // The clear button shows once a date is filled in: named for screen readers.
      clearButtonProps={{ 'aria-label': t('intake.actions.clearField', { field: label }) }}
      popoverProps={{ withinPortal: true }}
    />
  );
}
