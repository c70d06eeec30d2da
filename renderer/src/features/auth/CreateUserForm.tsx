import { Alert, Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from './credentialRules';
import { assignableRoles } from './newAccountDraft';
import { useCreateUser } from './useCreateUser';

function isAssignableRole(value: string | null): value is (typeof assignableRoles)[number] {
  return assignableRoles.some((role) => role === value);
}

export function CreateUserForm() {
  const { t } = useTranslation();
  const { draft, change, submit, problems, error, pending } = useCreateUser();
  const problem = (name: keyof typeof problems) => (problems[name] ? t(problems[name], { min: MIN_PASSWORD_LENGTH }) : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auth.users.create')}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('auth.fields.displayName')}
            required
            value={draft.displayName}
            onChange={(event) => change('displayName', event.currentTarget.value)}
            error={problem('displayName')}
          />
          <TextInput
            label={t('auth.fields.username')}
            required
            autoComplete="off"
            value={draft.username}
            onChange={(event) => change('username', event.currentTarget.value)}
            error={problem('username')}
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('auth.fields.role')}
            data={assignableRoles.map((role) => ({ value: role, label: t(`auth.roles.${role}`) }))}
            value={draft.role}
            onChange={(value) => isAssignableRole(value) && change('role', value)}
            allowDeselect={false}
          />
          <PasswordInput
            label={t('auth.fields.password')}
            description={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            required
            autoComplete="new-password"
            value={draft.password}
            onChange={(event) => change('password', event.currentTarget.value)}
            error={problem('password')}
          />
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {t('auth.users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
