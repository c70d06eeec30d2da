import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { noteLockReason } from '../features/auth/lockReason';
import { PresentationModeToggle } from '../features/training/PresentationModeToggle';
import { workspacesOf } from '../store/workspaceAccess';
import { useSessionStore } from '../stores/sessionStore';

/** The signed-in user's menu: who and which role, workspace switch, lock and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const workspace = useSessionStore((state) => state.workspace);
  const switchWorkspace = useSessionStore((state) => state.switchWorkspace);
  const lock = useSessionStore((state) => state.lock);
  const signOut = useSessionStore((state) => state.signOut);
  const navigate = useNavigate();
  if (!user) return null;
  const otherWorkspaces = workspacesOf(user.role).filter((candidate) => candidate !== workspace);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" title={t('user.menu')} data-testid="user-menu">
          {`${user.displayName} · ${t(`roles.${user.role}`)}`}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('user.signedInAs', { name: user.displayName })}</Menu.Label>
        <Menu.Label>{t('auth.menu.role', { role: t(`roles.${user.role}`) })}</Menu.Label>
        {otherWorkspaces.map((target) => (
          <Menu.Item
            key={target}
            onClick={() => {
              switchWorkspace(target);
              // A case of the workspace left is not in the other one: back to the list.
              void navigate('/cases');
            }}
          >
            {t(target === 'training' ? 'auth.menu.enterTraining' : 'auth.menu.leaveTraining')}
          </Menu.Item>
        ))}
        <PresentationModeToggle />
        <Menu.Item
          data-testid="lock-now"
          onClick={() => {
            noteLockReason('manual');
            lock();
          }}
        >
          {t('auth.menu.lockNow')}
        </Menu.Item>
        <Menu.Item onClick={signOut}>{t('user.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
