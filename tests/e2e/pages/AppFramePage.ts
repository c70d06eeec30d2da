import { expect, type Locator, type Page } from '@playwright/test';

/** The application frame: navigation, language switcher, user menu and status bar. */
export class AppFramePage {
  readonly navigation: Locator;
  readonly statusBar: Locator;
  readonly languageSwitcher: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation').first();
    this.statusBar = page.getByTestId('status-bar');
    this.languageSwitcher = page.getByTestId('language-switcher');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.navigation).toBeVisible();
  }

  async chooseLanguage(nativeName: string): Promise<void> {
    await this.languageSwitcher.click();
    await this.page.getByRole('option', { name: nativeName, exact: true }).click();
  }

  async goTo(sectionLabel: string): Promise<void> {
    await this.navigation.getByRole('link', { name: sectionLabel, exact: true }).click();
  }
}
