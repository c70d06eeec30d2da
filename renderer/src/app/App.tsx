import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { useUiLanguage } from './useUiLanguage';
import { appRouter } from './routes';
import { appTheme } from './theme';

export function App() {
  const i18n = useUiLanguage();
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={appTheme} defaultColorScheme="light">
        <Notifications position="top-right" />
        <RouterProvider router={appRouter} />
      </MantineProvider>
    </I18nextProvider>
  );
}
