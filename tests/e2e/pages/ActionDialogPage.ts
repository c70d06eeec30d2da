import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A workflow action's dialog (generated from the action's own input description): opened
 * from its button in the case file's next steps, in whatever language the UI shows.
 */
export class ActionDialogPage {
  readonly dialog: Locator;
  /** The list of fields the form refuses, each named by its label. */
  readonly inputErrors: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.inputErrors = this.dialog.getByTestId('action-input-errors');
  }

  /** Clicks the action's button in the next steps and waits for its dialog, titled by the action. */
  async open(actionLabel: string): Promise<void> {
    await this.page.getByTestId('workflow-actions').getByRole('button', { name: actionLabel, exact: true }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByRole('heading', { name: actionLabel, exact: true })).toBeVisible();
  }

  /** A field of the form by its label (text box, date, number, choice or check box). */
  field(label: string): Locator {
    const named = { name: label, exact: true };
    return this.dialog.getByRole('textbox', named).or(this.dialog.getByRole('combobox', named)).or(this.dialog.getByRole('checkbox', named)).first();
  }

  async submit(buttonLabel: string): Promise<void> {
    await this.dialog.getByRole('button', { name: buttonLabel, exact: true }).click();
  }

  async cancel(buttonLabel: string): Promise<void> {
    await this.dialog.getByRole('button', { name: buttonLabel, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
