import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInEveryLanguage, type InterfaceLanguage } from './accessibility';
import { AppFramePage } from './pages/AppFramePage';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage } from './pages/LoginPage';

/**
 * Whole-page axe checks (frame, navigation, header, status bar and content) of the screens the
 * other specs do not already walk in four languages: the case list, settings, reports and the
 * training workspace. The intake steps, the case file and the approvals page are checked in
 * intake.spec.ts and caseFile.spec.ts with the same helper.
 */
const pageTitle: Readonly<Record<'cases' | 'settings' | 'reports' | 'training', Readonly<Record<InterfaceLanguage, string>>>> = {
  cases: { English: 'Cases', Nederlands: 'Dossiers', Français: 'Dossiers', Shqip: 'Rastet' },
  settings: { English: 'Settings', Nederlands: 'Instellingen', Français: 'Paramètres', Shqip: 'Cilësimet' },
  reports: { English: 'Reports', Nederlands: 'Rapporten', Français: 'Rapports', Shqip: 'Raportet' },
  training: { English: 'Training workspace', Nederlands: 'Opleidingsomgeving', Français: 'Espace de formation', Shqip: 'Hapësira e trajnimit' },
};

function titleShown(page: Page, section: keyof typeof pageTitle): (language: InterfaceLanguage) => Promise<void> {
  return (language) => expect(page.getByRole('main').getByRole('heading', { level: 2, name: pageTitle[section][language], exact: true })).toBeVisible();
}

test.describe('accessibility of the whole page, in the four languages', () => {
  test('the case list with cases, and the frame with its user menu and language list open', async ({ page }) => {
    test.setTimeout(150_000);
    const login = new LoginPage(page);
    await login.seedUsers(['caseworker']);
    await login.signInAs('caseworker');
    const list = new CaseListPage(page);
    await list.open();
    expect(await list.seed(40, await list.signedInUserId())).toBe(40);
    await expect(list.rows.first()).toBeVisible();
    await expectAccessibleInEveryLanguage(
      page,
      'case list',
      async (language) => {
        await titleShown(page, 'cases')(language);
        await expect(list.rows.first()).toBeVisible();
      },
      { withFrameMenus: true },
    );
  });

  test('settings (with the users section), reports and the training workspace page', async ({ page }) => {
    test.setTimeout(150_000);
    const login = new LoginPage(page);
    await login.createAdministrator();
    const frame = new AppFramePage(page);
    for (const section of ['settings', 'reports', 'training'] as const) {
      await frame.goTo(pageTitle[section].English);
      await expectAccessibleInEveryLanguage(page, section, titleShown(page, section));
    }
  });
});
