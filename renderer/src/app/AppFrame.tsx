import { AppShell, Group, NavLink as MantineNavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { ApprovalsNavLink } from '../features/approvals/ApprovalsNavLink';
// Single files, not the features' indexes: those also name the pages, which routes.tsx loads on first use.
import { TrainingBanner } from '../features/training/TrainingBanner';
import { WALKTHROUGH_WIDTH, WalkthroughPanel, useWalkthroughShown } from '../features/training/WalkthroughPanel';
import { PersistentStorageNotice } from '../features/storage';
import { AuditWatch } from '../features/trust/AuditWatch';
import { useCaseworkSession } from '../store/useCaseworkSession';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { sectionsFor } from './navigation';
import { usePageHeadingFocus } from './usePageHeadingFocus';
import { StatusBar } from './StatusBar';
import { UserMenu } from './UserMenu';

/** The application frame: header with user menu and language, navigation, content, status bar. */
export function AppFrame() {
  const { t } = useTranslation();
  const { actor, workspace } = useCaseworkSession();
  usePageHeadingFocus('main-content');
  const sections = actor ? sectionsFor(actor.role, workspace) : [];
  const walkthroughShown = useWalkthroughShown();
  return (
    <AppShell
      header={{ height: workspace === 'training' ? 84 : 56 }}
      navbar={{ width: 220, breakpoint: 0 }}
      aside={walkthroughShown ? { width: WALKTHROUGH_WIDTH, breakpoint: 0 } : undefined}
      footer={{ height: 32 }}
      padding="md"
    >
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <TrainingBanner />
        <Group h={56} px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {sections.map((section) =>
          section.path === '/approvals' ? (
            <ApprovalsNavLink key={section.path} to={section.path} label={t(section.labelKey)} />
          ) : (
            <MantineNavLink key={section.path} component={NavLink} to={section.path} label={t(section.labelKey)} />
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <AuditWatch />
        <PersistentStorageNotice />
        <Outlet />
      </AppShell.Main>
      <WalkthroughPanel />
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
    </AppShell>
  );
}
