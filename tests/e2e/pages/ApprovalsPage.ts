import { expect, type Locator, type Page } from '@playwright/test';
import { openSignedIn } from '../support/signedInNavigation';

/** The supervisor's Approvals page: one card per four-eyes proposal awaiting a decision. */
export class ApprovalsPage {
  readonly cards: Locator;
  /** The confirmation that Approve opens (what will happen, an optional note). */
  readonly approveDialog: Locator;
  /** What the last decision did, with a link to the case. */
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByTestId('pending-approval');
    this.approveDialog = page.getByRole('dialog', { name: 'Approve the proposal' });
    this.outcome = page.getByTestId('decision-outcome');
  }

  async open(): Promise<void> {
    await openSignedIn(this.page, '/approvals');
    await expect(this.cards.first()).toBeVisible({ timeout: 15_000 });
  }

  /** The card of the proposal on the case of this person ("ÇELA Dritan"). */
  card(personName: string): Locator {
    return this.cards.filter({ hasText: personName });
  }

  /** The conditions table of a card: one row per condition, marked `data-changed` when it changed since the proposal. */
  conditions(card: Locator): Locator {
    return card.getByTestId('approval-conditions');
  }

  condition(card: Locator, id: string): Locator {
    return this.conditions(card).locator(`tr[data-condition="${id}"]`);
  }

  /** Opens the confirmation of an approval (English labels). */
  async startApproval(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(this.approveDialog).toBeVisible();
  }

  async confirmApproval(note?: string): Promise<void> {
    if (note !== undefined) await this.approveDialog.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await this.approveDialog.getByRole('button', { name: 'Approve and carry out' }).click();
    await expect(this.approveDialog).toBeHidden({ timeout: 15_000 });
  }
}
