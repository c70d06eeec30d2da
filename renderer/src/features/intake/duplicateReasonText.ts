import type { TFunction } from 'i18next';
import type { DuplicateReason } from './duplicateMatches';

/** The words for why an existing case matched, the same in the side panel and the save dialog. */
export function duplicateReasonText(t: TFunction, reason: DuplicateReason, formatDate: (date: string) => string): string {
  if (reason.kind === 'documentNumber') return t('intake.duplicates.reasonDocument', { number: reason.number });
  const dateOfBirth = formatDate(reason.dateOfBirth);
  if (reason.dateOfBirthMatch === 'same' && (reason.nameMatch === 'exact' || reason.nameMatch === 'prefix')) {
    return t('intake.duplicates.reasonNameAndBirth', { name: reason.name, dateOfBirth });
  }
  return t('intake.duplicates.reasonCombined', {
    namePart: t(`intake.duplicates.nameMatch.${reason.nameMatch}`, { name: reason.name }),
    birthPart: t(`intake.duplicates.birthMatch.${reason.dateOfBirthMatch}`, { dateOfBirth }),
  });
}
