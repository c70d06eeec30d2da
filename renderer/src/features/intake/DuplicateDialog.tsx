import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch, DuplicateReason } from './duplicateMatches';
import { useFormats } from '../../ui/format/useFormats';
import { duplicateReasonText } from './duplicateReasonText';

interface DuplicateDialogProps {
  matches: readonly DuplicateMatch[];
  opened: boolean;
  saving: boolean;
  onOpenExisting: (caseId: string) => void;
  onContinue: () => void;
  onCancel: () => void;
}

/** Shown before saving when existing cases look like the same person, saying why each matched. */
export function DuplicateDialog({ matches, opened, saving, onOpenExisting, onContinue, onCancel }: DuplicateDialogProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const reasonText = (reason: DuplicateReason) => duplicateReasonText(t, reason, formats.date);
  return (
    <Modal opened={opened} onClose={onCancel} title={t('intake.duplicates.title')} size="lg" trapFocus returnFocus>
      <Stack gap="md" data-testid="duplicate-warning">
        <Text>{t('intake.duplicates.intro', { count: matches.length })}</Text>
        {matches.map((match) => (
          <Stack key={match.caseId} gap={4}>
            <Text fw={600}>{t('intake.duplicates.case', { reference: match.reference, name: match.name })}</Text>
            <List size="sm">
              {match.reasons.map((reason, index) => (
                <List.Item key={index}>{reasonText(reason)}</List.Item>
              ))}
            </List>
            <Group>
              <Button variant="light" onClick={() => onOpenExisting(match.caseId)}>
                {t('intake.duplicates.openExisting', { reference: match.reference })}
              </Button>
            </Group>
          </Stack>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('intake.duplicates.back')}
          </Button>
          <Button onClick={onContinue} loading={saving}>
            {t('intake.duplicates.continue')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
