import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function TrainingPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('pages.training.title')} description={t('pages.training.intro')} />;
}
