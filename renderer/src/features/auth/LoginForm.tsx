import { Alert, Button, Group, PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../db/workspace';
import { AuthLayout } from './AuthLayout';
import { PasswordChangeForm } from './PasswordChangeForm';
import { useSignIn } from './useSignIn';

function isWorkspace(value: string): value is Workspace {
  return value === 'production' || value === 'training';
}

export function LoginForm() {
  const { t } = useTranslation();
  const { submit, changePassword, changeRequired, pending, error } = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [workspace, setWorkspace] = useState<Workspace>('production');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ username, password, workspace });
  };
  if (changeRequired) return <PasswordChangeForm onSubmit={(newPassword) => void changePassword(newPassword)} pending={pending} error={error} />;
  return (
    <AuthLayout title={t('auth.login.title')} intro={t('auth.login.intro')}>
      <form onSubmit={onSubmit} aria-label={t('auth.login.title')}>
        <Stack gap="sm">
          <TextInput
            label={t('auth.fields.username')}
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Radio.Group
            label={t('auth.fields.workspace')}
            description={t('auth.login.workspaceHint')}
            value={workspace}
            onChange={(value) => isWorkspace(value) && setWorkspace(value)}
          >
            <Group mt={4}>
              <Radio value="production" label={t('auth.workspace.production')} />
              <Radio value="training" label={t('auth.workspace.training')} />
            </Group>
          </Radio.Group>
          {error && (
            <Alert color="red" role="alert" data-testid="sign-in-error">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending}>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
