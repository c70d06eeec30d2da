import { expect, type Locator, type Page } from '@playwright/test';
import { readStoreTable } from '../support/storeTables';
import { testAccounts } from '../support/testAccounts';
import { walkthroughs } from '../../../shared/training/walkthroughs';
import type { ScenarioId } from '../../../shared/training/scenarioLibrary';

/**
 * The training workspace as a trainer drives it: the banner, the scenario library (by the
 * data-testid of each scenario card, so it works in any interface language), the training
 * clock, the reset, and the walkthrough panel with the control it outlines.
 */
export class TrainingPage {
  readonly banner: Locator;
  readonly notice: Locator;
  readonly clock: Locator;
  readonly panel: Locator;
  readonly panelText: Locator;
  readonly panelStep: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByTestId('training-banner');
    this.notice = page.getByTestId('training-notice');
    this.clock = page.getByTestId('training-clock');
    this.panel = page.getByTestId('walkthrough-panel');
    this.panelText = page.getByTestId('walkthrough-text');
    this.panelStep = page.getByTestId('walkthrough-step');
  }

  /** Opens the Training page through the navigation (its second-to-last entry is Training in every language). */
  async open(): Promise<void> {
    await this.page.locator('nav a[href="/training"]').click();
    await expect(this.page.getByTestId('scenario-albania-transfer-9-months')).toBeVisible();
  }

  scenario(id: ScenarioId): Locator {
    return this.page.getByTestId(`scenario-${id}`);
  }

  /** Loads a scenario with its card's first button (Load) and waits for the notice. */
  async load(id: ScenarioId): Promise<void> {
    await this.scenario(id).getByRole('button').first().click();
    await expect(this.notice).toBeVisible();
  }

  /** Starts the scenario's walkthrough (its card's second button): opens the case file. */
  async startWalkthrough(id: ScenarioId): Promise<void> {
    await this.scenario(id).getByRole('button').nth(1).click();
    await expect(this.panel).toBeVisible();
    await expect(this.page).toHaveURL(/\/cases\//);
  }

  /** The control the walkthrough outlines now. */
  highlighted(): Locator {
    return this.page.locator('.tour-highlight');
  }

  /**
   * Follows the walkthrough from its first step to its last: at each step the panel shows the
   * step's text (`texts[textKey]`), and the control it names is outlined on the screen.
   */
  async followWalkthrough(id: ScenarioId, text: (textKey: string) => string, buttons: { next: string; finish: string }): Promise<void> {
    const steps = walkthroughs[id].steps;
    for (const [index, step] of steps.entries()) {
      await expect(this.panelStep).toContainText(`${index + 1}`);
      await expect(this.panelText).toHaveText(text(step.textKey));
      await expect(this.highlighted()).toHaveAttribute('data-tour', step.target);
      await expect(this.highlighted()).toBeVisible();
      await this.panel.getByRole('button', { name: index === steps.length - 1 ? buttons.finish : buttons.next, exact: true }).click();
    }
    await expect(this.panel).toHaveCount(0);
  }

  async moveClock(button: string): Promise<void> {
    await this.clock.getByRole('button', { name: button, exact: true }).click();
  }

  async reset(buttons: { open: string; confirm: string }): Promise<void> {
    await this.page.getByRole('button', { name: buttons.open, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: buttons.confirm, exact: true }).click();
    await expect(this.notice).toBeVisible();
  }
}

/** Everything of the production database but the account, sign-in and session events (accounts live in the production database). */
export async function productionContents(page: Page): Promise<unknown> {
  // Read as the store reads them (cases and events are sealed), unlocked with the page's account.
  // As the administrator (the account events it adds are left out below), whoever is signed in on the page.
  const administrator = testAccounts.administrator;
  const cases = await readStoreTable(page, 'cases', 'production', administrator);
  const counts = await readStoreTable(page, 'counts', 'production', administrator);
  const intakeDrafts = await readStoreTable(page, 'intakeDrafts', 'production', administrator);
  const audit = await readStoreTable<{ action?: string }>(page, 'audit', 'production', administrator);
  return { cases, counts, intakeDrafts, audit: audit.filter((event) => !/^(user|session|auth|account|audit|signIn|signOut)\./.test(event.action ?? '')) };
}
