import { Alert, Anchor, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseworkSession } from '../store/useCaseworkSession';
import { navigationSections } from './navigation';
import { PageHeader } from '../ui/PageHeader';

/**
 * A section reached by its address that the role may not use says so at once, rather than
 * letting the user fill a form the store would refuse at the end.
 */
export function SectionGate({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { actor, workspace } = useCaseworkSession();
  const section = navigationSections.find((candidate) => candidate.path === path);
  if (!actor || !section || section.usableBy(actor.role, workspace)) return <>{children}</>;
  return (
    <Stack>
      <PageHeader title={t(section.labelKey)} />
      <Alert color="yellow" role="alert" data-testid="section-not-for-role">
        {t('app.notForRole', { role: t(`roles.${actor.role}`) })}{' '}
        <Anchor component={Link} to="/cases">
          {t('app.backToCases')}
        </Anchor>
      </Alert>
    </Stack>
  );
}
