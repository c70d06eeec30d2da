import { Badge, Button, Card, Group, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { useLockedOutAccounts } from '../../store/useLockedOutAccounts';
import { useUserAccounts } from '../../store/useUserAccounts';
import { useFormats } from '../../ui/format/useFormats';
import { AccountActionDialog, type AccountDialog } from './AccountActionDialog';
import { CreateUserForm } from './CreateUserForm';
import { useAccountAdmin } from './useAccountAdmin';

/**
 * Settings → Users: administrators list, create and look after accounts (deactivate and
 * reactivate, change the role, reset a password, unlock after wrong passwords, delete one
 * never used), and see each account's last sign-in; other roles see nothing here.
 */
export function UsersSection() {
  const { t } = useTranslation();
  const formats = useFormats();
  const self = useSessionStore((state) => state.user);
  const accounts = useUserAccounts();
  const lockedOut = useLockedOutAccounts();
  const admin = useAccountAdmin();
  const [dialog, setDialog] = useState<AccountDialog>();
  if (self?.role !== 'administrator') return null;
  return (
    <Card withBorder maw={1040} component="section" aria-labelledby="users-section-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="users-section-title">
          {t('auth.users.title')}
        </Title>
        <Text size="sm">{t('auth.users.intro')}</Text>
        <Table striped aria-label={t('auth.users.listLabel')} data-testid="user-accounts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('auth.fields.username')}</Table.Th>
              <Table.Th scope="col">{t('auth.fields.displayName')}</Table.Th>
              <Table.Th scope="col">{t('auth.fields.role')}</Table.Th>
              <Table.Th scope="col">{t('auth.users.status')}</Table.Th>
              <Table.Th scope="col">{t('trust.accounts.lastSignIn')}</Table.Th>
              <Table.Th scope="col">{t('trust.accounts.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(accounts ?? []).map((account) => {
              const own = account.id === self.userId;
              const locked = lockedOut.has(account.id);
              return (
                <Table.Tr key={account.id} data-username={account.username}>
                  <Table.Td>{account.username}</Table.Td>
                  <Table.Td>
                    {account.displayName}
                    {own && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('trust.accounts.you')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`roles.${account.role}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color={account.active ? 'green.9' : 'gray.8'}>
                        {account.active ? t('auth.users.active') : t('auth.users.inactive')}
                      </Badge>
                      {locked && (
                        <Badge variant="light" color="red.9">
                          {t('trust.accounts.lockedOut')}
                        </Badge>
                      )}
                      {account.mustChangePassword && (
                        <Badge variant="light" color="orange.9">
                          {t('trust.accounts.mustChange')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{account.lastSignInAt ? formats.dateTime(account.lastSignInAt) : t('trust.accounts.never')}</Table.Td>
                  <Table.Td>
                    {!own && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('trust.accounts.actionsFor', { name: account.displayName })}
                            loading={admin.pending}
                          >
                            {t('trust.accounts.actions')}
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {locked && <Menu.Item onClick={() => void admin.unlock(account)}>{t('trust.accounts.unlock')}</Menu.Item>}
                          <Menu.Item onClick={() => void admin.setActive(account, !account.active)}>
                            {account.active ? t('trust.accounts.deactivate') : t('trust.accounts.reactivate')}
                          </Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'role', account })}>{t('trust.accounts.changeRole')}</Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'reset', account })}>{t('trust.accounts.resetPassword')}</Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'delete', account })}>{t('trust.accounts.delete')}</Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <CreateUserForm />
      </Stack>
      <AccountActionDialog dialog={dialog} onClose={() => setDialog(undefined)} />
    </Card>
  );
}
