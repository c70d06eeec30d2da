import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callHost } from '../../host';
import { useUiPreferencesStore } from '../../stores/uiPreferencesStore';
import { diagnosticsReport } from './diagnostics';

export function useSaveDiagnostics(): { save: () => Promise<void>; saving: boolean } {
  const { t } = useTranslation();
  const language = useUiPreferencesStore((state) => state.language);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const appInfo = await callHost('appInfo', {});
      const result = await callHost('saveFile', {
        suggestedName: 'ercms-diagnostics.json',
        contentType: 'application/json',
        content: diagnosticsReport(appInfo, language, new Date()),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
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
