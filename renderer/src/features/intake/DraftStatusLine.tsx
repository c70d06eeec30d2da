import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftStatus } from './useIntakeDraft';
import { useSessionStore } from '../../stores/sessionStore';
import { useFormats } from '../../ui/format/useFormats';

/**
 * Says, politely and without interrupting, when the draft was last kept. When the window
 * does not hold the workspace key (reloaded), it says so and offers the lock screen, whose
 * password brings the key back.
 */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const lock = useSessionStore((state) => state.lock);
  const text =
    status.kind === 'saved'
      ? t('intake.draft.savedAt', { time: formats.dateTime(status.at) })
      : status.kind === 'failed'
        ? t('intake.draft.saveFailed')
        : status.kind === 'locked'
          ? t('intake.draft.locked')
          : t('intake.draft.notYetSaved');
  const line = (
    <Text size="sm" c={status.kind === 'failed' ? 'red.9' : 'dimmed'} role="status" aria-live="polite" data-testid="draft-status">
      {text}
    </Text>
  );
  if (status.kind !== 'locked') return line;
  return (
    <Group gap="xs">
      {line}
      <Button size="compact-sm" variant="default" onClick={lock}>
        {t('intake.draft.enterPassword')}
      </Button>
    </Group>
  );
}
