import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from './useAppInfo';

export function StatusBar() {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const shellKey = appInfo?.shell === 'electron' ? 'status.shellElectron' : 'status.shellBrowser';
  return (
    <Group h="100%" px="md" gap="lg" role="status" aria-label={t('status.label')} data-testid="status-bar">
      <Text size="xs">{t('status.workspace', { name: t('status.workspaceProduction') })}</Text>
      <Text size="xs">{t(shellKey)}</Text>
      {appInfo && <Text size="xs">{t('status.version', { version: appInfo.version })}</Text>}
      <Text size="xs" c="dimmed">
        {t('status.offline')}
      </Text>
    </Group>
  );
}
