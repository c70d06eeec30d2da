import { expect, type Locator, type Page } from '@playwright/test';

/** The case file (English UI): header, next steps with their reasons, eligibility, deadlines, history. */
export class CaseFilePage {
  readonly stage: Locator;
  readonly name: Locator;
  readonly nationalityStatus: Locator;
  readonly workflow: Locator;
  readonly eligibility: Locator;
  readonly deadlines: Locator;
  readonly timeline: Locator;
  readonly readmission: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.stage = page.getByTestId('case-stage');
    this.name = page.getByTestId('case-name');
    this.nationalityStatus = page.getByTestId('nationality-status');
    this.workflow = page.getByTestId('workflow-actions');
    this.eligibility = page.getByTestId('eligibility-panel');
    this.deadlines = page.getByTestId('deadlines-panel');
    this.timeline = page.getByTestId('timeline');
    this.readmission = page.getByTestId('readmission-panel');
    this.dialog = page.getByRole('dialog');
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.name).toHaveText(name, { timeout: 15_000 });
  }

  /** The card of one workflow action: its button and, when disabled, what is missing. */
  action(label: string): Locator {
    return this.workflow.locator('[data-testid^="action-"]').filter({ has: this.page.getByRole('button', { name: label, exact: true }) });
  }

  actionButton(label: string): Locator {
    return this.workflow.getByRole('button', { name: label, exact: true });
  }

  /** Runs an action with no input, or fills the dialog with `fill` first. */
  async runAction(label: string, fill?: (dialog: Locator) => Promise<void>, confirm = 'Confirm'): Promise<void> {
    await this.actionButton(label).click();
    await expect(this.dialog).toBeVisible();
    if (fill) await fill(this.dialog);
    await this.dialog.getByRole('button', { name: confirm, exact: true }).click();
    await expect(this.dialog).toBeHidden({ timeout: 15_000 });
  }

  async expectStage(stage: string): Promise<void> {
    await expect(this.stage).toHaveText(stage, { timeout: 15_000 });
  }

  /** One assessment of the eligibility panel (e.g. "Transfer of the sentenced person"). */
  assessment(title: string): Locator {
    return this.eligibility.getByRole('article', { name: title, exact: true });
  }

  check(assessment: Locator, id: string): Locator {
    return assessment.getByTestId(`check-${id}`);
  }

  /** One part of the recorded facts as shown (identity, nationality, documents, residency, custody, family). */
  facts(section: 'identity' | 'nationality' | 'documents' | 'residency' | 'custody' | 'family'): Locator {
    return this.page.getByTestId(`facts-${section}`);
  }

  /** The Edit button of a part, by the part's title ("Identity", "Residency"…). */
  editButton(title: string): Locator {
    return this.page.getByRole('button', { name: `Edit ${title}`, exact: true });
  }

  /** The open form of a part. */
  sectionForm(title: string): Locator {
    return this.page.getByRole('form', { name: `Edit: ${title}`, exact: true });
  }

  /** The question Cancel asks before it drops unsaved changes of a part's form. */
  discardDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Discard your changes to ${title}?`, exact: true });
  }

  /** Opens a part's form; focus lands on its heading. */
  async editSection(title: string): Promise<Locator> {
    await this.editButton(title).click();
    const form = this.sectionForm(title);
    await expect(form).toBeVisible();
    await expect(form.getByRole('heading', { name: `Edit: ${title}`, exact: true })).toBeFocused();
    return form;
  }

  /** Saves a part's form: it closes, focus is back on its Edit button and the save is announced. */
  async saveSection(title: string): Promise<void> {
    await this.sectionForm(title).getByRole('button', { name: 'Save changes', exact: true }).click();
    await this.expectSectionSaved(title);
  }

  async expectSectionSaved(title: string): Promise<void> {
    await expect(this.sectionForm(title)).toBeHidden({ timeout: 15_000 });
    await expect(this.editButton(title)).toBeFocused();
    await expect(this.page.getByTestId('facts-saved')).toHaveText(`${title}: changes saved.`);
  }

  /** Presses Tab until the element has focus (at most `limit` times), as a keyboard user would. */
  async tabTo(target: Locator, limit = 10): Promise<void> {
    for (let step = 0; step < limit; step += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}
