import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftStatus } from './useIntakeDraft';
import { useFormats } from '../../ui/format/useFormats';

/** Says, politely and without interrupting, when the draft was last kept. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const text =
    status.kind === 'saved'
      ? t('intake.draft.savedAt', { time: formats.dateTime(status.at) })
      : status.kind === 'failed'
        ? t('intake.draft.saveFailed')
        : t('intake.draft.notYetSaved');
  return (
    <Text size="sm" c={status.kind === 'failed' ? 'red.9' : 'dimmed'} role="status" aria-live="polite" data-testid="draft-status">
      {text}
    </Text>
  );
}
