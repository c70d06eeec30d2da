import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../ui/format/useFormats';

interface DraftOfferProps {
  savedAt: string;
  onResume: () => void;
  onDiscard: () => void;
}

/** Offers back an unfinished intake found on opening (after a crash, a reload or a closed window). */
export function DraftOffer({ savedAt, onResume, onDiscard }: DraftOfferProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <Alert color="yellow" title={t('intake.draft.foundTitle')} role="region" aria-label={t('intake.draft.foundTitle')} mb="md">
      <Text size="sm">{t('intake.draft.found', { savedAt: formats.dateTime(savedAt) })}</Text>
      <Group mt="sm">
        <Button onClick={onResume}>{t('intake.draft.resume')}</Button>
        <Button variant="default" onClick={onDiscard}>
          {t('intake.draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
