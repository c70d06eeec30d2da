import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function IntakePage() {
  const { t } = useTranslation();
  return <PageHeader title={t('pages.intake.title')} description={t('pages.intake.intro')} />;
}
