import { Button, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useSaveDiagnostics } from './useSaveDiagnostics';

/**
 * The settings page; `accounts` (account management) and `trust` (backup, restore, audit
 * verification) are composed in by app/, since features never import each other. Each
 * section shows itself only to the roles that may use it.
 */
export function SettingsPage({ accounts, trust }: { accounts?: ReactNode; trust?: ReactNode }) {
  const { t } = useTranslation();
  const { save, saving } = useSaveDiagnostics();
  return (
    <Stack>
      <PageHeader title={t('pages.settings.title')} description={t('pages.settings.intro')} />
      <Card withBorder maw={640}>
        <Stack gap="sm" align="flex-start">
          <Title order={3} size="h4">
            {t('settings.diagnostics')}
          </Title>
          <Text size="sm">{t('settings.diagnosticsIntro')}</Text>
          <Button onClick={() => void save()} loading={saving}>
            {t('settings.saveDiagnostics')}
          </Button>
        </Stack>
      </Card>
      {trust}
      {accounts}
    </Stack>
  );
}
