import { Text } from '@mantine/core';
import './training.css';
import { useTranslation } from 'react-i18next';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { usePresentationModeEffect } from './usePresentationMode';

/** The permanent strip of the training workspace, in the interface language: no one mistakes demo data for real cases. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const { workspace } = useCaseworkSession();
  usePresentationModeEffect();
  if (workspace !== 'training') return null;
  return (
    <div className="training-banner" role="note" data-testid="training-banner">
      <Text fw={800} size="sm" ta="center">
        {t('trainingLibrary.banner')}
      </Text>
    </div>
  );
}
