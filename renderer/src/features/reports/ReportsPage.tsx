import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function ReportsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('pages.reports.title')} description={t('pages.reports.intro')} />;
}
