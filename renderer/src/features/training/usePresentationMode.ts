import { useEffect } from 'react';
import { useSessionStore } from '../../stores/sessionStore';
import { useUiPreferencesStore } from '../../stores/uiPreferencesStore';

/** Whether the signed-in user has presentation mode on, and the switch. */
export function usePresentationMode(): { on: boolean; toggle: () => void } {
  const userId = useSessionStore((state) => state.user?.userId);
  const on = useUiPreferencesStore((state) => (userId ? state.presentationUsers.includes(userId) : false));
  const set = useUiPreferencesStore((state) => state.setPresentationMode);
  return { on, toggle: () => userId && set(userId, !on) };
}

/** Applies the user's presentation mode to the page (the style is in training.css). */
export function usePresentationModeEffect(): void {
  const { on } = usePresentationMode();
  useEffect(() => {
    document.documentElement.dataset.presentation = on ? 'on' : 'off';
  }, [on]);
}
