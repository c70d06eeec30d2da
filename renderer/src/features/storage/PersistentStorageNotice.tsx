import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersistentStorage } from './usePersistentStorage';

/** Where a dismissal is remembered for this browser and address: the answer rarely changes, so the notice does not come back at every start. */
const DISMISSED_KEY = 'ercms.persistentStorageNotice.dismissed';

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Browser mode only: the app asks the browser to keep its data (`navigator.storage.persist()`);
 * when the browser refuses, a discreet notice says that the browser may delete the cases
 * when the disk runs low, and what to do. Dismissable.
 */
export function PersistentStorageNotice() {
  const { t } = useTranslation();
  const state = usePersistentStorage();
  const [dismissed, setDismissed] = useState(dismissedBefore);
  if (state !== 'refused' || dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Private mode: the notice simply comes back next time.
    }
  };
  return (
    <Alert
      color="gray"
      variant="light"
      role="status"
      mb="md"
      py="xs"
      withCloseButton
      onClose={dismiss}
      closeButtonLabel={t('storage.persistence.dismiss')}
      data-testid="persistent-storage-notice"
    >
      <Text size="sm">{t('storage.persistence.refused')}</Text>
    </Alert>
  );
}
