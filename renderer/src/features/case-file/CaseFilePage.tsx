import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function CaseFilePage() {
  const { t } = useTranslation();
  return <PageHeader title={t('pages.cases.title')} />;
}
