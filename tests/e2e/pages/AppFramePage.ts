import { expect, type Locator, type Page } from '@playwright/test';
import { openSignedIn } from '../support/signedInNavigation';

/** The application frame: navigation, language switcher, user menu and status bar. */
export class AppFramePage {
  readonly navigation: Locator;
  readonly statusBar: Locator;
  readonly languageSwitcher: Locator;
  readonly userMenu: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;
  /** The count of cases awaiting a four-eyes decision, next to Approvals (supervisors only). */
  readonly awaitingApprovalsBadge: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation').first();
    this.statusBar = page.getByTestId('status-bar');
    this.languageSwitcher = page.getByTestId('language-switcher');
    this.userMenu = page.getByTestId('user-menu');
    this.skipLink = page.locator('a.skip-link');
    this.main = page.locator('#main-content');
    this.awaitingApprovalsBadge = this.navigation.getByTestId('awaiting-approvals-badge');
  }

  async open(path = '/'): Promise<void> {
    await openSignedIn(this.page, path);
    await expect(this.navigation).toBeVisible();
  }

  async chooseLanguage(nativeName: string): Promise<void> {
    // A page loaded on first use can take focus to its heading as it shows, which closes the
    // list just opened (seen once in 16 runs): the list is opened again then, as a user would.
    await expect(async () => {
      if (!(await this.page.getByRole('listbox').isVisible())) await this.languageSwitcher.click();
      await this.page.getByRole('option', { name: nativeName, exact: true }).click({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  async goTo(sectionLabel: string): Promise<void> {
    await this.navigation.getByRole('link', { name: sectionLabel, exact: true }).click();
  }

  /** The Approvals link, by its accessible name: with the count of cases awaiting a decision when there are any. */
  approvalsLink(awaiting = 0): Locator {
    return this.navigation.getByRole('link', { name: awaiting > 0 ? `Approvals, ${awaiting} awaiting` : 'Approvals', exact: true });
  }

  async openUserMenu(): Promise<void> {
    await this.userMenu.click();
    await expect(this.page.getByRole('menu')).toBeVisible();
  }

  async openLanguageList(): Promise<void> {
    await this.languageSwitcher.click();
    await expect(this.page.getByRole('listbox')).toBeVisible();
  }

  /** Closes an open menu or list with Escape, as a keyboard user would. */
  async closeMenus(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('menu')).toBeHidden();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }
}
