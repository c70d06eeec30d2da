import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './AuthLayout';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './credentialRules';

/** After an administrator reset the password: the user chooses a new one (twice) before the session opens. */
export function PasswordChangeForm({ onSubmit, pending, error }: { onSubmit: (password: string) => void; pending: boolean; error: string | undefined }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const tooShort = submitted ? passwordProblem(password) : undefined;
  const mismatch = submitted && !tooShort && password !== repeated;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (passwordProblem(password) || password !== repeated) return;
    onSubmit(password);
  };
  return (
    <AuthLayout title={t('trust.passwordChange.title')} intro={t('trust.passwordChange.intro')}>
      <form onSubmit={submit} aria-label={t('trust.passwordChange.title')} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('trust.passwordChange.newPassword')}
            description={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={tooShort ? t(tooShort, { min: MIN_PASSWORD_LENGTH }) : undefined}
            autoFocus
          />
          <PasswordInput
            label={t('trust.passwordChange.confirm')}
            autoComplete="new-password"
            required
            value={repeated}
            onChange={(event) => setRepeated(event.currentTarget.value)}
            error={mismatch ? t('trust.passwordChange.mismatch') : undefined}
          />
          {error && (
            <Alert color="red" role="alert" data-testid="sign-in-error">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending}>
            {t('trust.passwordChange.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
