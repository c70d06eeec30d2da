import { Button, Group, Modal, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleSchema, type Role } from '../../../../shared/model/actor';
import type { UserProfile } from '../../db/userRecord';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './credentialRules';
import { useAccountAdmin } from './useAccountAdmin';

export type AccountDialog = { kind: 'role' | 'reset' | 'delete'; account: UserProfile };

function isRole(value: string | null): value is Role {
  return RoleSchema.safeParse(value).success;
}

/** The dialogs of the account actions that need more than a click: a new role, a temporary password, a deletion to confirm. */
export function AccountActionDialog({ dialog, onClose }: { dialog: AccountDialog | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const admin = useAccountAdmin();
  const [role, setRole] = useState<Role | undefined>();
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const account = dialog?.account;
  const name = account?.displayName ?? '';

  function close() {
    setRole(undefined);
    setPassword('');
    setSubmitted(false);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dialog || !account) return;
    setSubmitted(true);
    let done = false;
    if (dialog.kind === 'role') done = await admin.setRole(account, role ?? account.role);
    if (dialog.kind === 'reset') {
      if (passwordProblem(password)) return;
      done = await admin.resetPassword(account, password);
    }
    if (dialog.kind === 'delete') done = await admin.remove(account);
    if (done) close();
  }

  const title =
    dialog?.kind === 'role'
      ? t('trust.accounts.roleTitle', { name })
      : dialog?.kind === 'reset'
        ? t('trust.accounts.resetTitle', { name })
        : t('trust.accounts.deleteTitle', { username: account?.username ?? '' });
  const problem = submitted ? passwordProblem(password) : undefined;
  return (
    <Modal opened={dialog !== undefined} onClose={close} title={title} centered>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <Stack gap="md">
          {dialog?.kind === 'role' && account && (
            <Select
              label={t('trust.accounts.newRole')}
              data={RoleSchema.options.map((option) => ({ value: option, label: t(`roles.${option}`) }))}
              value={role ?? account.role}
              onChange={(value) => isRole(value) && setRole(value)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {dialog?.kind === 'reset' && (
            <>
              <Text size="sm">{t('trust.accounts.resetIntro', { name })}</Text>
              <PasswordInput
                label={t('trust.accounts.temporaryPassword')}
                description={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={problem ? t(problem, { min: MIN_PASSWORD_LENGTH }) : undefined}
                autoComplete="new-password"
                required
                data-autofocus
              />
            </>
          )}
          {dialog?.kind === 'delete' && <Text size="sm">{t('trust.accounts.deleteBody')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('trust.accounts.cancel')}
            </Button>
            <Button type="submit" color={dialog?.kind === 'delete' ? 'red' : undefined} loading={admin.pending}>
              {dialog?.kind === 'delete' ? t('trust.accounts.delete') : t('trust.accounts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
