import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callHost } from '../../host';
import { useUiPreferencesStore } from '../../stores/uiPreferencesStore';
import { saveDiagnostics } from './diagnostics';

export function useSaveDiagnostics(): { save: () => Promise<void>; saving: boolean } {
  const { t } = useTranslation();
  const language = useUiPreferencesStore((state) => state.language);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const result = await saveDiagnostics({ appInfo: () => callHost('appInfo', {}), saveFile: (file) => callHost('saveFile', file) }, language, new Date());
      notifications.show(
        result.status === 'saved' ? { color: 'green', message: t('settings.saved', { path: result.path }) } : { message: t('settings.cancelled') },
      );
    } catch (error) {
      notifications.show({ color: 'red', message: t('errors.host', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}
