import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from './fields/SelectField';

/** Options of a model enum, labelled through `intake.enums.<enumName>.<value>`. */
export function useEnumOptions(enumName: string, values: readonly string[]): SelectOption[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => values.map((value) => ({ value, label: t(`intake.enums.${enumName}.${value}`) })),
    // The language is a dependency: labels change when the caseworker switches language.
    [enumName, values, t, i18n.language],
  );
}
