import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { LoginPage, testAccounts } from './pages/LoginPage';

test.describe('accounts and sessions', () => {
  test('first run asks for the administrator, who is then signed in to production', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const login = new LoginPage(page);
    await login.open('/');
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
    await login.createAdministrator();
    await expect(login.userMenu).toContainText('Administrator');
    await expect(login.workspaceIndicator).toHaveText('Workspace: Production');
    await login.signOut();
    await login.signIn(testAccounts.administrator.username, testAccounts.administrator.password);
    await login.expectSignedIn(testAccounts.administrator);
    expect(errors).toEqual([]);
  });

  test('a wrong password is refused with a clear message, and the right one lets the user in', async ({ page }) => {
    const login = new LoginPage(page);
    await login.seedUsers(['caseworker']);
    await login.submitSignIn(testAccounts.caseworker.username, 'not the password at all');
    await login.expectRefused();
    await expect(login.userMenu).toHaveCount(0);
    await login.submitSignIn('nobody', 'not the password at all');
    await login.expectRefused();
    await login.signInAs('caseworker');
    await expect(login.userMenu).toContainText('Caseworker');
    // A caseworker does not manage accounts.
    await new AppFramePage(page).goTo('Settings');
    await expect(page.getByTestId('user-accounts')).toHaveCount(0);
  });

  test('the session locks after 15 minutes without activity and unlocks with the password', async ({ page }) => {
    await page.clock.install();
    const login = new LoginPage(page);
    await login.seedUsers(['caseworker']);
    await login.signInAs('caseworker');
    await page.clock.runFor('14:00');
    await expect(login.lockScreen).toHaveCount(0);
    await page.clock.runFor('01:10');
    await expect(login.lockScreen).toBeVisible();
    await expect(login.lockScreen).toContainText(testAccounts.caseworker.displayName);
    // Still locked after a reload: the lock is part of the session.
    await page.reload();
    await expect(login.lockScreen).toBeVisible();
    await login.lockScreen.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong password here');
    await login.lockScreen.getByRole('button', { name: 'Unlock' }).click();
    // Counted by the store (verifyUnlock): past five the user is signed out.
    await expect(login.lockScreen.getByRole('alert')).toContainText('Wrong password. Attempts left before you are signed out: 4.');
    await login.unlock(testAccounts.caseworker.password);
    await expect(page.getByRole('navigation').first()).toBeVisible();
  });

  test('a trainer reaches only the training workspace', async ({ page }) => {
    const login = new LoginPage(page);
    await login.seedUsers(['trainer']);
    await login.signInAs('trainer', 'production');
    await expect(login.workspaceIndicator).toHaveText('Workspace: Training');
    await expect(login.workspaceIndicator).toHaveAttribute('data-workspace', 'training');
    await login.userMenu.click();
    await expect(page.getByRole('menuitem', { name: /Enter training|Leave training/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
  });

  test('an administrator can switch to the training workspace and back', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open('/');
    await login.createAdministrator();
    await login.userMenu.click();
    await page.getByRole('menuitem', { name: 'Enter training' }).click();
    await expect(login.workspaceIndicator).toHaveText('Workspace: Training');
    await login.userMenu.click();
    await page.getByRole('menuitem', { name: 'Leave training' }).click();
    await expect(login.workspaceIndicator).toHaveText('Workspace: Production');
  });

  const languages = [
    { nativeName: 'English', title: 'Sign in' },
    { nativeName: 'Nederlands', title: 'Aanmelden' },
    { nativeName: 'Français', title: 'Se connecter' },
    { nativeName: 'Shqip', title: 'Hyni' },
  ];

  test('the first-run and sign-in screens have no serious or critical accessibility violation, in all four languages', async ({ page }) => {
    const login = new LoginPage(page);
    const frame = new AppFramePage(page);
    await login.open('/');
    await expect(page.getByRole('heading', { name: 'Create the administrator account' })).toBeVisible();
    const firstRun = await new AxeBuilder({ page }).analyze();
    expect(firstRun.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await login.createAdministrator();
    await login.signOut();
    for (const language of languages) {
      await frame.chooseLanguage(language.nativeName);
      await expect(page.getByRole('heading', { level: 1, name: language.title })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
        language.nativeName,
      ).toEqual([]);
    }
  });
});
