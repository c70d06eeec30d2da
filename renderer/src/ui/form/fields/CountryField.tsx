import { useMemo } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useLocale } from '../../useLocale';
import { countryOptions } from './countryOptions';
import { SelectField } from './SelectField';

interface CountryFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  required?: boolean;
  /** Only these countries (e.g. the Member States an instrument covers, from shared/reference); every country when absent. */
  only?: readonly string[];
}

export function CountryField<Values extends FieldValues>({ name, label, required, only }: CountryFieldProps<Values>) {
  const locale = useLocale();
  const options = useMemo(() => countryOptions(locale).filter((option) => only === undefined || only.includes(option.value)), [locale, only]);
  return <SelectField<Values> name={name} label={label} options={options} required={required} searchable />;
}
