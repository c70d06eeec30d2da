import { List } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../ui/format/useFormats';
import type { AmendedDetail, FactValue } from './amendmentDetails';

/** Words a recorded value in the user's language: enum values, dates, countries, yes/no. */
export function useFactValueText(): (value: FactValue) => string {
  const { t } = useTranslation();
  const formats = useFormats();
  return useCallback(
    (value: FactValue): string => {
      switch (value.kind) {
        case 'text':
          return value.text;
        case 'enum':
          return t(value.key);
        case 'date':
          return formats.date(value.date);
        case 'country':
          return formats.country(value.code);
        case 'yesNo':
          return value.value ? t('intake.answer.yes') : t('intake.answer.no');
        case 'none':
          return t('caseFile.edit.detail.none');
      }
    },
    [t, formats],
  );
}

/** Words a detail of an amendment in the user's language: labels, enum values, dates and countries. */
function useDetailText(): (detail: AmendedDetail) => string {
  const { t } = useTranslation();
  const word = useFactValueText();
  return useCallback(
    (detail: AmendedDetail) => {
      if (detail.kind === 'changed')
        return t('caseFile.edit.detail.changed', { field: t(detail.labelKey), before: word(detail.before), after: word(detail.after) });
      const summary = detail.summary
        .filter((value) => value.kind !== 'none')
        .map(word)
        .join(' · ');
      return t(`caseFile.edit.detail.${detail.kind}`, { record: t(detail.recordKey), summary });
    },
    [t, word],
  );
}

/** The facts an amendment changed, one line each, under its entry in the history. */
export function AmendmentDetails({ details }: { details: readonly AmendedDetail[] }) {
  const text = useDetailText();
  if (details.length === 0) return null;
  return (
    <List size="xs" data-testid="amendment-details">
      {details.map((detail, index) => (
        <List.Item key={index}>{text(detail)}</List.Item>
      ))}
    </List>
  );
}
