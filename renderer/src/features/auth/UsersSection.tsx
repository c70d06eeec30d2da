import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { CreateUserForm } from './CreateUserForm';
import { useUserAccounts } from '../../store/useUserAccounts';

/** Settings → Users: administrators list and create accounts; other roles see nothing here. */
export function UsersSection() {
  const { t } = useTranslation();
  const role = useSessionStore((state) => state.user?.role);
  const accounts = useUserAccounts();
  if (role !== 'administrator') return null;
  return (
    <Card withBorder maw={880} component="section" aria-labelledby="users-section-title">
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
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(accounts ?? []).map((account) => (
              <Table.Tr key={account.id}>
                <Table.Td>{account.username}</Table.Td>
                <Table.Td>{account.displayName}</Table.Td>
                <Table.Td>{t(`auth.roles.${account.role}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={account.active ? 'green.9' : 'gray.8'}>
                    {account.active ? t('auth.users.active') : t('auth.users.inactive')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <CreateUserForm />
      </Stack>
    </Card>
  );
}
