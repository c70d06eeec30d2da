import { expect, type Locator, type Page } from '@playwright/test';
import { openSignedIn } from '../support/signedInNavigation';

/** The Reports page: period picker, the dashboard's figure tables and their links to the case list. */
export class ReportsPage {
  readonly dashboard: Locator;
  readonly progress: Locator;
  readonly notAllowed: Locator;

  constructor(readonly page: Page) {
    this.dashboard = page.getByTestId('dashboard');
    this.progress = page.getByTestId('report-progress');
    this.notAllowed = page.getByTestId('reports-not-allowed');
  }

  /** Opens Reports on its first tab, the dashboard (inside the open app, a tab chosen before stays chosen: it is chosen again). */
  async open(): Promise<void> {
    await openSignedIn(this.page, '/reports');
    const firstTab = this.page.getByRole('tab').first();
    // Only who may see reports has tabs; the page shows the refusal to the others.
    if (await firstTab.isVisible()) await firstTab.click();
  }

  /** Waits until every case has been read and the figures are shown. */
  async expectComputed(timeoutMs = 60_000): Promise<void> {
    await expect(this.dashboard).toBeVisible({ timeout: timeoutMs });
  }

  async choosePreset(name: string): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  /** One figure table (its id: returnRateByRoute, readmission, detention, deadlines, departure, vulnerable, sentenceTransfers, pending). */
  figure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}`);
  }

  /** The cell of a figure's row (its id, e.g. a stage code) and column (0 = first number). */
  cell(figureId: string, rowId: string, column: number): Locator {
    return this.figure(figureId).locator(`tbody tr[data-row="${rowId}"] td[data-column="${column}"]`);
  }

  /** The ids of a figure's rows, in order. */
  async rowIds(figureId: string): Promise<string[]> {
    return this.figure(figureId)
      .locator('tbody tr[data-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row') ?? ''));
  }
}
