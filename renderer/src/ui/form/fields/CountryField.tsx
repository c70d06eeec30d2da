import { useMemo } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useLocale } from '../../useLocale';
import { countryOptions } from './countryOptions';
import { SelectField } from './SelectField';

interface CountryFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  required?: boolean;
}

export function CountryField<Values extends FieldValues>({ name, label, required }: CountryFieldProps<Values>) {
  const locale = useLocale();
  const options = useMemo(() => countryOptions(locale), [locale]);
  return <SelectField<Values> name={name} label={label} options={options} required={required} searchable />;
}
