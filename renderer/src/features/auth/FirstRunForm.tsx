import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './AuthLayout';
import { MIN_PASSWORD_LENGTH } from './credentialRules';
import { useFirstRun, type AdministratorDraft } from './useFirstRun';

/** Shown once, while no account exists: creates the administrator. */
export function FirstRunForm() {
  const { t } = useTranslation();
  const { submit, pending, error, problems } = useFirstRun();
  const [draft, setDraft] = useState<AdministratorDraft>({ displayName: '', username: '', password: '', confirmation: '' });
  const field = (name: keyof AdministratorDraft) => ({
    value: draft[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const { value } = event.currentTarget;
      setDraft((current) => ({ ...current, [name]: value }));
    },
    error: problems[name] ? t(problems[name], { min: MIN_PASSWORD_LENGTH }) : undefined,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(draft);
  };
  return (
    <AuthLayout title={t('auth.firstRun.title')} intro={t('auth.firstRun.intro')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('auth.firstRun.title')}>
        <Stack gap="sm">
          <TextInput label={t('auth.fields.displayName')} required {...field('displayName')} />
          <TextInput label={t('auth.fields.username')} autoComplete="username" required {...field('username')} />
          <PasswordInput
            label={t('auth.fields.password')}
            description={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...field('password')}
          />
          <PasswordInput label={t('auth.fields.confirmPassword')} autoComplete="new-password" required {...field('confirmation')} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending}>
            {t('auth.firstRun.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
