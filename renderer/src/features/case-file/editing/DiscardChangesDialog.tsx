import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DiscardChangesDialogProps {
  opened: boolean;
  /** The edited part's title, as its heading shows it. */
  section: string;
  onKeepEditing: () => void;
  onDiscard: () => void;
}

/**
 * Asks before unsaved changes of a section editor are dropped. Focus starts on the safe
 * choice (keep editing) and returns to where it was when the dialog closes; Escape keeps
 * editing.
 */
export function DiscardChangesDialog({ opened, section, onKeepEditing, onDiscard }: DiscardChangesDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onKeepEditing} title={t('caseFile.edit.discard.title', { section })} trapFocus returnFocus>
      <Stack gap="md">
        <Text size="sm">{t('caseFile.edit.discard.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeepEditing} data-autofocus>
            {t('caseFile.edit.discard.keepEditing')}
          </Button>
          <Button color="red.9" onClick={onDiscard}>
            {t('caseFile.edit.discard.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
