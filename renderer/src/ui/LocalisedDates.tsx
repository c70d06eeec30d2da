import 'dayjs/locale/en-gb';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl';
import 'dayjs/locale/sq';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useUiPreferencesStore } from '../stores/uiPreferencesStore';

const dayjsLocales = { en: 'en-gb', nl: 'nl', fr: 'fr', sq: 'sq' } as const;

/** Calendars in the user's language, weeks starting on Monday (Belgium and Albania). */
export function LocalisedDates({ children }: { children: ReactNode }) {
  const language = useUiPreferencesStore((state) => state.language);
  return <DatesProvider settings={{ locale: dayjsLocales[language], firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
