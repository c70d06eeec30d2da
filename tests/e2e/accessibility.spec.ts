import { expect, test, type Page } from '@playwright/test';
import {
  contrastChecked,
  documentLanguage,
  expectAccessibleInEveryLanguage,
  expectNoSeriousViolations,
  interfaceLanguages,
  type InterfaceLanguage,
} from './accessibility';
import { albanianInCustody, openCaseOf } from './intakeScenarios';
import { AppFramePage } from './pages/AppFramePage';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage, testAccounts } from './pages/LoginPage';

/**
 * Whole-page axe checks (frame, navigation, header, status bar and content) of every screen in
 * the four languages: the case list (with the frame's menus open), the intake, a case file, the
 * approvals, the reports, the training workspace page and the lock screen as a supervisor (two
 * tests, so that two workers share them); settings with the users section as the administrator.
 * Economical: one page load per test, the language switched in place and the screens reached
 * through the navigation (no reload per screen).
 */
const pageTitle: Readonly<Record<'settings', Readonly<Record<InterfaceLanguage, string>>>> = {
  settings: { English: 'Settings', Nederlands: 'Instellingen', Français: 'Paramètres', Shqip: 'Cilësimet' },
};

async function chooseLanguage(page: Page, language: InterfaceLanguage): Promise<void> {
  await new AppFramePage(page).chooseLanguage(language);
  await expect(page.locator('html')).toHaveAttribute('lang', documentLanguage[language]);
}

/** A section by its address in the navigation: the same link whatever the language. */
async function goToSection(page: Page, path: string): Promise<void> {
  await new AppFramePage(page).navigation.locator(`a[href="${path}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

test.describe('accessibility of the whole page, in the four languages', () => {
  /** A supervisor with the Albanian case and 40 generated ones, every 10th with a proposal awaiting approval. */
  async function signInWithCases(page: Page): Promise<CaseListPage> {
    const login = new LoginPage(page);
    await login.seedUsers(['supervisor']);
    await login.signInAs('supervisor');
    await openCaseOf(page, albanianInCustody);
    const list = new CaseListPage(page);
    await list.open();
    expect(await list.seed(40, await list.signedInUserId(), 0, { proposalEvery: 10 })).toBe(40);
    return list;
  }

  test('the case list (with the frame menus), a case file and the intake', async ({ page }) => {
    // A ceiling for a loaded machine (six processes on two cores took 5 min); alone it runs in a fraction of it.
    test.setTimeout(480_000);
    const list = await signInWithCases(page);
    const frame = new AppFramePage(page);
    for (const language of interfaceLanguages) {
      await chooseLanguage(page, language);
      const where = (screen: string) => `${screen} (${language})`;
      await goToSection(page, '/cases');
      await expect(list.rows.first()).toBeVisible();
      await expectNoSeriousViolations(page, where('case list'), contrastChecked(language));
      // The frame's menus hold the same controls in every language: checked open once, in the longest texts (French).
      if (language === 'Français') {
        await frame.openUserMenu();
        await expectNoSeriousViolations(page, where('case list, user menu open'));
        await frame.closeMenus();
        await frame.openLanguageList();
        await expectNoSeriousViolations(page, where('case list, language list open'));
        await frame.closeMenus();
      }
      await list.rows.filter({ hasText: 'HOXHA' }).click();
      await expect(page.getByTestId('answer-transfer')).toBeVisible();
      await expect(page.getByTestId('eligibility-panel')).toBeVisible();
      await expectNoSeriousViolations(page, where('case file'), contrastChecked(language));
      await goToSection(page, '/intake');
      await expect(page.getByTestId('intake-step-heading')).toBeVisible();
      await expectNoSeriousViolations(page, where('intake'), contrastChecked(language));
    }
  });

  test('approvals, reports, the training workspace page and the lock screen', async ({ page }) => {
    // A ceiling for a loaded machine (six processes on two cores took 5 min); alone it runs in a fraction of it.
    test.setTimeout(480_000);
    await signInWithCases(page);
    const frame = new AppFramePage(page);
    const main = page.getByRole('main');
    for (const language of interfaceLanguages) {
      await chooseLanguage(page, language);
      await goToSection(page, '/approvals');
      await expect(page.getByTestId('pending-approval').first()).toBeVisible({ timeout: 15_000 });
      await expectNoSeriousViolations(page, `approvals (${language})`, contrastChecked(language));
      for (const path of ['/reports', '/training']) {
        await goToSection(page, path);
        await expect(main.getByRole('heading', { level: 2 }).first()).toBeVisible();
        await expectNoSeriousViolations(page, `${path.slice(1)} (${language})`, contrastChecked(language));
      }
    }

    // The lock screen, named and saying why, in each language switched on the lock screen itself.
    await chooseLanguage(page, 'English');
    await frame.openUserMenu();
    await page.getByTestId('lock-now').click();
    const lockScreen = page.getByTestId('lock-screen');
    await expect(page.getByRole('dialog', { name: 'Session locked', exact: true })).toBeVisible();
    await expect(lockScreen).toContainText('locked the session with "Lock now"');
    for (const language of interfaceLanguages) {
      await lockScreen.getByTestId('language-switcher').click();
      await page.getByRole('option', { name: language, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', documentLanguage[language]);
      await expectNoSeriousViolations(page, `lock screen (${language})`, contrastChecked(language));
    }
    await lockScreen.locator('input[type="password"]').fill(testAccounts.supervisor.password);
    await lockScreen.locator('input[type="password"]').press('Enter');
    await expect(lockScreen).toBeHidden({ timeout: 15_000 });
  });

  test('settings with the users section, as the administrator', async ({ page }) => {
    test.setTimeout(120_000);
    const login = new LoginPage(page);
    await login.createAdministrator();
    const frame = new AppFramePage(page);
    await frame.goTo(pageTitle.settings.English);
    await expectAccessibleInEveryLanguage(page, 'settings', (language) =>
      expect(page.getByRole('main').getByRole('heading', { level: 2, name: pageTitle.settings[language], exact: true })).toBeVisible(),
    );
  });
});
