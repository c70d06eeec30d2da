import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { testAccounts, type TestAccount, type TestRole, type TestWorkspace } from '../support/testAccounts';
import { testAccounts, type TestAccount, type TestRole, type TestWorkspace } from '../support/testAccounts';
import { rememberSignIn } from '../support/signedInNavigation';

/** English labels of the roles, as the create-account form shows them. */
const roleLabels: Readonly<Record<TestRole, string>> = {
  administrator: 'Administrator',
  caseworker: 'Caseworker',
  supervisor: 'Supervisor',
  trainer: 'Trainer',
};

/**
 * First run, sign-in, lock screen and the Users section of Settings, driven as a user
 * would (English UI). A fresh Playwright context has an empty IndexedDB, so a test starts
 * with `seedUsers()` (first-run administrator, then the other accounts through Settings →
 * Users), then `signIn()` as the role it needs:
 *
 *   const login = new LoginPage(page);
 *   await login.seedUsers(['caseworker', 'supervisor']);
 *   await login.signInAs('caseworker');
 *
 * Each account costs one PBKDF2 hash at the product's cost (600,000 iterations, about
 * 0.3–0.6 s in Chromium here), so seeding three accounts takes a few seconds.
 */
export class LoginPage {
  readonly usernameInput: Locator;
  readonly passwordInput: Locator;
  readonly signInButton: Locator;
  readonly error: Locator;
  readonly userMenu: Locator;
  readonly lockScreen: Locator;
  readonly workspaceIndicator: Locator;

  constructor(readonly page: Page) {
    this.usernameInput = page.getByRole('textbox', { name: 'User name', exact: true });
    this.passwordInput = page.getByRole('textbox', { name: 'Password', exact: true });
    this.signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
    // The sign-in form's own alert: a notification (also role=alert) may still show beside it.
    this.error = page.getByTestId('sign-in-error');
    this.userMenu = page.getByTestId('user-menu');
    this.lockScreen = page.getByTestId('lock-screen');
    this.workspaceIndicator = page.getByTestId('workspace-indicator');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  /** First run: fills the administrator form and lands in the app, signed in as the administrator. */
  async createAdministrator(account: TestAccount = testAccounts.administrator): Promise<void> {
    if (!this.page.url().startsWith('http')) await this.open();
    await expect(this.page.getByRole('heading', { name: 'Create the administrator account' })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Full name', exact: true }).fill(account.displayName);
    await this.usernameInput.fill(account.username);
    await this.passwordInput.fill(account.password);
    await this.page.getByRole('textbox', { name: 'Repeat the password', exact: true }).fill(account.password);
    await this.page.getByRole('button', { name: 'Create administrator account' }).click();
    rememberSignIn(this.page, account.password);
    await this.expectSignedIn(account);
  }

  /** Fills the sign-in form and submits it; does not wait for the outcome (see expectSignedIn / expectRefused). */
  async submitSignIn(username: string, password: string, workspace: TestWorkspace = 'production'): Promise<void> {
    await expect(this.signInButton).toBeVisible();
    await this.usernameInput.fill(username);
    await this.passwordInput.fill(password);
    await this.page.getByRole('radio', { name: workspace === 'training' ? 'Training' : 'Production', exact: true }).check();
    await this.signInButton.click();
    rememberSignIn(this.page, password);
  }

  /** Signs in and waits for the app frame. */
  async signIn(username: string, password: string, workspace: TestWorkspace = 'production'): Promise<void> {
    await this.submitSignIn(username, password, workspace);
    await expect(this.userMenu).toBeVisible({ timeout: 15_000 });
  }

  async signInAs(role: TestRole, workspace: TestWorkspace = 'production'): Promise<void> {
    const account = testAccounts[role];
    await this.signIn(account.username, account.password, workspace);
    await this.expectSignedIn(account);
  }

  async expectSignedIn(account: TestAccount): Promise<void> {
    await expect(this.userMenu).toContainText(account.displayName, { timeout: 15_000 });
  }

  async expectRefused(): Promise<void> {
    await expect(this.error).toContainText('User name or password is not correct', { timeout: 15_000 });
  }

  async signOut(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(this.signInButton).toBeVisible();
  }

  async lockNow(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: 'Lock now' }).click();
    await expect(this.lockScreen).toBeVisible();
  }

  async unlock(password: string): Promise<void> {
    rememberSignIn(this.page, password);
    await this.lockScreen.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await this.lockScreen.getByRole('button', { name: 'Unlock' }).click();
    await expect(this.lockScreen).toBeHidden({ timeout: 15_000 });
  }

  /** Settings → Users (administrator only): creates one account through the form. */
  async createUser(account: TestAccount): Promise<void> {
    if (!new URL(this.page.url()).pathname.startsWith('/settings')) {
      await this.page.getByRole('navigation').first().getByRole('link', { name: 'Settings', exact: true }).click();
    }
    const form = this.page.getByRole('form', { name: 'Create account' });
    await form.getByRole('textbox', { name: 'Full name', exact: true }).fill(account.displayName);
    await form.getByRole('textbox', { name: 'User name', exact: true }).fill(account.username);
    await form.getByRole('combobox', { name: 'Role' }).click();
    await this.page.getByRole('option', { name: roleLabels[account.role], exact: true }).click();
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(this.page.getByTestId('user-accounts').getByRole('cell', { name: account.username, exact: true })).toBeVisible({ timeout: 15_000 });
  }

  /**
   * A fresh database with the administrator (first run) and one account per role asked
   * for; ends signed out, on the sign-in screen. The first time a worker asks for a set of
   * roles, the accounts are created through the first-run form and Settings → Users, and the
   * browser storage that results (IndexedDB, localStorage) is kept; later tests of the worker
   * asking for the same roles start from a copy of it (`setStorageState`), as an office's
   * database would be copied: five password hashes at the product's cost (600,000 PBKDF2
   * iterations each) and the forms around them took about seven seconds of most tests.
   * Creating accounts through the screens stays tested in every worker and in auth.spec.ts
   * and trustScreens.spec.ts.
   */
  async seedUsers(roles: readonly Exclude<TestRole, 'administrator'>[] = ['caseworker', 'supervisor']): Promise<TestAccount[]> {
    const accounts = [testAccounts.administrator, ...roles.map((role) => testAccounts[role])];
    const kept = seededStorage.get(roles.join(','));
    if (kept) {
      await this.page.context().setStorageState(kept);
      await this.open('/');
      await expect(this.signInButton).toBeVisible();
      return accounts;
    }
    await this.open('/');
    await this.createAdministrator();
    for (const role of roles) await this.createUser(testAccounts[role]);
    await this.signOut();
    seededStorage.set(roles.join(','), await this.page.context().storageState({ indexedDB: true }));
    return accounts;
  }
}

/** The browser storage right after `seedUsers`, per set of roles, in this worker (see seedUsers). */
const seededStorage = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
