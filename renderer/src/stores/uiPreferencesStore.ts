import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultUiLanguage, type UiLanguage } from '../i18n/languages';

/** Preferences of this computer's user interface: kept across restarts, never case data. */
interface UiPreferencesState {
  language: UiLanguage;
  /** True once the user picked a language; until then the OS locale decides. */
  languageChosen: boolean;
  setLanguage: (language: UiLanguage) => void;
}

export const useUiPreferencesStore = create<UiPreferencesState>()(
  persist(
    (set) => ({
      language: defaultUiLanguage,
      languageChosen: false,
      setLanguage: (language) => set({ language, languageChosen: true }),
    }),
    { name: 'ercms.ui-preferences', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
