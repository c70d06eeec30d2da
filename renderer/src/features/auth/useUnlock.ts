import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { authErrorMessage } from './authErrorMessage';
import { accountDirectory } from '../../store/workspaceStore';

/** Unlocks a locked session with the signed-in user's own password; nobody else can take it over. */
export function useUnlock() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const unlock = useSessionStore((state) => state.unlock);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(password: string): Promise<void> {
    if (!user) return;
    setPending(true);
    setError(undefined);
    try {
      const actor = await accountDirectory().authenticate(user.username, password);
      if (actor.userId !== user.userId) throw new Error(t('auth.errors.wrongCredentials'));
      unlock();
    } catch (caught) {
      setError(authErrorMessage(caught, t));
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, error };
}
