import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKeyProtection } from '../../store/useKeyProtection';

const TITLE_ID = 'key-protection-title';

/**
 * Settings → Keys on this computer (everyone signed in): whether the account's copy of the
 * workspace key is also sealed with the operating system's keychain (Electron), or protected
 * by the password alone (browser mode, or an operating system that offers no keychain), so
 * nobody believes a copied profile is safer than it is (docs/trust.md).
 */
export function KeyProtectionSection() {
  const { t } = useTranslation();
  const state = useKeyProtection();
  if (!state || state.protection === 'noKey') return null;
  const key = state.protection === 'osKeychain' ? 'osKeychain' : state.shell === 'browser' ? 'browser' : 'noKeychain';
  return (
    <Card withBorder maw={880} component="section" aria-labelledby={TITLE_ID} data-testid="key-protection">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4" id={TITLE_ID}>
          {t('trust.keys.title')}
        </Title>
        <Text size="sm">{t(`trust.keys.${key}`)}</Text>
      </Stack>
    </Card>
  );
}
