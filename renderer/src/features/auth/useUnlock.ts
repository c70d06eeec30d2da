import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { authErrorMessage } from './authErrorMessage';
import { accountDirectory } from '../../store/workspaceStore';

/**
 * Unlocks a locked session with the signed-in user's own password, through the store's
 * `verifyUnlock`: wrong passwords are counted there (across reloads), and past its limit the
 * user is signed out and must sign in again, where the sign-in limits apply. A deactivated
 * or locked-out account is signed out too. Nobody else can take the session over.
 */
export function useUnlock() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const unlock = useSessionStore((state) => state.unlock);
  const applyRefresh = useSessionStore((state) => state.applyRefresh);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(password: string): Promise<void> {
    if (!user) return;
    setPending(true);
    setError(undefined);
    try {
      const outcome = await accountDirectory().verifyUnlock(user.userId, password);
      if (outcome.status === 'unlocked') {
        // The stored account's role and name apply from here on (an administrator may have changed them meanwhile).
        applyRefresh({ status: 'active', actor: outcome.actor, username: user.username });
        unlock();
      } else if (outcome.status === 'wrongPassword') {
        setError(t('trust.unlock.wrongPassword', { count: outcome.attemptsLeft }));
      } else {
        // The store already ended the session row: only this window's state is left to clear.
        applyRefresh({ status: 'signedOut', reason: 'noSession' });
      }
    } catch (caught) {
      setError(authErrorMessage(caught, t));
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, error };
}
