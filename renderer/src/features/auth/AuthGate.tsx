import { Center, Loader } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { FirstRunForm } from './FirstRunForm';
import { LockScreen } from './LockScreen';
import { LoginForm } from './LoginForm';
import { useAuthGate } from './useAuthGate';
import { useIdleLock } from './useIdleLock';

/**
 * Nothing of the app is shown before sign-in: first run creates the administrator, then
 * the sign-in screen; once signed in, the app, covered by the lock screen when idle. A window
 * that starts locked (a reload, a second tab) holds no key yet and could read no case
 * (docs/trust.md): it shows only the lock screen until the password is typed; a window
 * locked while in use keeps its screens mounted behind the lock, so nothing typed is lost.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const state = useAuthGate();
  const locked = useSessionStore((session) => session.locked);
  useIdleLock(state === 'signedIn' && !locked);
  const [unlockedOnce, setUnlockedOnce] = useState(false);
  if (state === 'signedIn' && !locked && !unlockedOnce) setUnlockedOnce(true);
  if (state === 'checking') {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('auth.checking')} />
      </Center>
    );
  }
  if (state === 'firstRun') return <FirstRunForm />;
  if (state === 'signedOut') return <LoginForm />;
  if (locked && !unlockedOnce) return <LockScreen />;
  return (
    <>
      <div inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked && <LockScreen />}
    </>
  );
}
