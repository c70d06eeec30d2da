import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultUiLanguage, type UiLanguage } from '../i18n/languages';

/** Preferences of this computer's user interface: kept across restarts, never case data. */
interface UiPreferencesState {
  language: UiLanguage;
  /** True once the user picked a language; until then the OS locale decides. */
  languageChosen: boolean;
  setLanguage: (language: UiLanguage) => void;
  /** Users (ids) who turned presentation mode on (larger type, higher contrast): remembered per user. */
  presentationUsers: string[];
  setPresentationMode: (userId: string, on: boolean) => void;
}

export const useUiPreferencesStore = create<UiPreferencesState>()(
  persist(
    (set) => ({
      language: defaultUiLanguage,
      languageChosen: false,
      setLanguage: (language) => set({ language, languageChosen: true }),
      presentationUsers: [],
      setPresentationMode: (userId, on) =>
        set((state) => ({
          presentationUsers: on ? [...state.presentationUsers.filter((id) => id !== userId), userId] : state.presentationUsers.filter((id) => id !== userId),
        })),
    }),
    { name: 'ercms.ui-preferences', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
