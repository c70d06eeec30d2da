import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStoreSealing } from '../store/storeSealing';
import { useSessionStore } from '../stores/sessionStore';
import { useAppInfo } from './useAppInfo';

export function StatusBar() {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const workspace = useSessionStore((state) => state.workspace);
  const sealing = useStoreSealing((state) => state.running);
  const shellKey = appInfo?.shell === 'electron' ? 'status.shellElectron' : 'status.shellBrowser';
  return (
    <Group h="100%" px="md" gap="lg" role="status" aria-label={t('status.label')} data-testid="status-bar">
      <Badge
        size="sm"
        variant={workspace === 'training' ? 'filled' : 'light'}
        color={workspace === 'training' ? 'orange.9' : 'indigo'}
        data-testid="workspace-indicator"
        data-workspace={workspace}
      >
        {t('status.workspace', { name: t(workspace === 'training' ? 'status.workspaceTraining' : 'status.workspaceProduction') })}
      </Badge>
      <Text size="xs">{t(shellKey)}</Text>
      {appInfo && <Text size="xs">{t('status.version', { version: appInfo.version })}</Text>}
      <Text size="xs" c="dimmed">
        {t('status.offline')}
      </Text>
      {sealing && (
        <Group gap="xs" data-testid="store-sealing" data-done={sealing.done} data-total={sealing.total}>
          <Text size="xs">{t('status.sealing', { done: sealing.done.toLocaleString(), total: sealing.total.toLocaleString() })}</Text>
          <Progress w={120} size="sm" value={sealing.total > 0 ? (100 * sealing.done) / sealing.total : 0} aria-label={t('status.sealingLabel')} />
        </Group>
      )}
    </Group>
  );
}
