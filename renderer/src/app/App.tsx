import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { sealWhenUnlocked } from '../store/storeSealing';
import { useUiPreferencesStore } from '../stores/uiPreferencesStore';
import { accessibleColoursResolver } from './accessibleColors';
import { useUiLanguage } from './useUiLanguage';
import { appRouter } from './routes';
import { createAppTheme } from './theme';

export function App() {
  const i18n = useUiLanguage();
  const language = useUiPreferencesStore((state) => state.language);
  // The theme names Mantine's close buttons, so it follows the interface language.
  const theme = useMemo(() => createAppTheme({ close: i18n.t('app.close', { lng: language }) }), [i18n, language]);
  // Stores written before encryption at rest are sealed by the first window that holds the key.
  useEffect(() => sealWhenUnlocked(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={accessibleColoursResolver} defaultColorScheme="light">
        {/* Bottom right: a confirmation never covers the header (user menu, language, workspace). */}
        <Notifications position="bottom-right" />
        <RouterProvider router={appRouter} />
      </MantineProvider>
    </I18nextProvider>
  );
}
