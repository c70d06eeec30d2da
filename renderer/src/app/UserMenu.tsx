import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The signed-in user's menu; accounts and sessions arrive with the local store. */
export function UserMenu() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" aria-label={t('user.menu')}>
          {t('user.guest')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('user.guest')}</Menu.Label>
        <Menu.Item disabled>{t('user.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
