import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { AuthLayout } from './AuthLayout';
import { clearLockReason, lockReason } from './lockReason';
import { useUnlock } from './useUnlock';

/**
 * Covers the whole window while the session is locked. The app underneath stays mounted
 * (inert), so work in progress is where the user left it once they unlock.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const signOut = useSessionStore((state) => state.signOut);
  const { submit, pending, error } = useUnlock();
  const [password, setPassword] = useState('');
  // Read once, when the screen appears: why this lock happened.
  const [reason] = useState(lockReason);
  useEffect(() => clearLockReason, []);
  const introKey = reason === 'manual' ? 'auth.lock.introManual' : reason === 'idle' ? 'auth.lock.intro' : 'auth.lock.introRestored';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(password);
  };
  return (
    <div
      className="lock-screen"
      role="dialog"
      aria-modal="true"
      aria-label={t('auth.lock.title')}
      data-testid="lock-screen"
      data-lock-reason={reason ?? 'restored'}
    >
      <AuthLayout title={t('auth.lock.title')} intro={t(introKey, { name: user?.displayName ?? '' })}>
        <form onSubmit={onSubmit} aria-label={t('auth.lock.title')}>
          <Stack gap="sm">
            <PasswordInput
              label={t('auth.fields.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              autoFocus
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={signOut}>
                {t('auth.lock.signOut')}
              </Button>
              <Button type="submit" loading={pending}>
                {t('auth.lock.unlock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AuthLayout>
    </div>
  );
}
