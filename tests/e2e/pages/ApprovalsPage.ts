import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisor's Approvals page: one card per four-eyes proposal awaiting a decision. */
export class ApprovalsPage {
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByTestId('pending-approval');
  }

  async open(): Promise<void> {
    await this.page.goto('/approvals');
    await expect(this.cards.first()).toBeVisible({ timeout: 15_000 });
  }
}
