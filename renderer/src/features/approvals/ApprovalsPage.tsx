import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function ApprovalsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('pages.approvals.title')} description={t('pages.approvals.empty')} />;
}
