import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from './fields/SelectField';

/** Options of a model enum, labelled through `intake.enums.<enumName>.<value>`. */
export function useEnumOptions(enumName: string, values: readonly string[]): SelectOption[] {
  const { t, i18n } = useTranslation();
  // The labels are made in this language: t keeps its identity when the caseworker switches language.
  const language = i18n.language;
  return useMemo(() => values.map((value) => ({ value, label: t(`intake.enums.${enumName}.${value}`, { lng: language }) })), [enumName, values, t, language]);
}
