import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { PageHeader } from '../../ui/PageHeader';
import { CaseloadGenerator } from './CaseloadGenerator';
import { ScenarioLibrary } from './ScenarioLibrary';
import { TrainingClock } from './TrainingClock';

export function TrainingPage() {
  const { t } = useTranslation();
  const { workspace } = useCaseworkSession();
  return (
    <Stack gap="md">
      <PageHeader title={t('pages.training.title')} description={t('pages.training.intro')} />
      {workspace === 'training' ? (
        <>
          <TrainingClock />
          <ScenarioLibrary />
          <CaseloadGenerator />
        </>
      ) : (
        <Alert color="blue">{t('training.notInTraining')}</Alert>
      )}
    </Stack>
  );
}
