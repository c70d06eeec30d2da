import { expect, type Locator, type Page } from '@playwright/test';
import { AppFramePage } from './AppFramePage';

/**
 * The explanations of a case file, found by stable ids rather than by text, so that the
 * same page object reads them in every language: a workflow action's card and its unmet
 * conditions, an eligibility section's checks (what was found, what would change it),
 * the deadlines; and the language switcher of the frame.
 */
export class CaseExplanationsPage {
  readonly frame: AppFramePage;
  readonly eligibility: Locator;
  readonly deadlines: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFramePage(page);
    this.eligibility = page.getByTestId('eligibility-panel');
    this.deadlines = page.getByTestId('deadlines-panel');
  }

  /** A workflow action's card by the action's id (e.g. `completeIdentification`). */
  action(actionId: string): Locator {
    return this.page.getByTestId(`action-${actionId}`);
  }

  actionButton(actionId: string): Locator {
    return this.action(actionId).getByRole('button').first();
  }

  /** Why a disabled action cannot be started, as listed under it. */
  unmetConditions(actionId: string): Locator {
    return this.action(actionId).getByTestId('unmet-conditions');
  }

  /** Why an action of the readmission panel (e.g. `draftReadmissionRequest`) cannot be started. */
  readmissionUnmet(actionId: string): Locator {
    return this.page.getByTestId('readmission-panel').getByTestId(`unmet-${actionId}`);
  }

  /** One section of the eligibility panel by its id (`transfer`, `voluntary`, `forced`, `readmission`, `dublin`, `protectionMemberState`). */
  assessment(sectionId: string): Locator {
    return this.page.getByTestId(`assessment-${sectionId}`);
  }

  check(sectionId: string, checkId: string): Locator {
    return this.assessment(sectionId).getByTestId(`check-${checkId}`);
  }

  checkText(sectionId: string, checkId: string): Locator {
    return this.check(sectionId, checkId).getByTestId('check-text');
  }

  checkToChange(sectionId: string, checkId: string): Locator {
    return this.check(sectionId, checkId).getByTestId('check-to-change');
  }

  summary(sectionId: string): Locator {
    return this.assessment(sectionId).getByTestId('summary');
  }

  async chooseLanguage(nativeName: 'English' | 'Nederlands' | 'Français' | 'Shqip'): Promise<void> {
    await this.frame.chooseLanguage(nativeName);
    await expect(this.frame.languageSwitcher).toHaveValue(nativeName);
  }

  /** Marks the loaded document, so that a test can prove the page was not reloaded since. */
  async markDocument(): Promise<void> {
    await this.page.evaluate(() => {
      document.documentElement.dataset.explanationsMarker = 'kept';
    });
  }

  async expectSameDocument(): Promise<void> {
    expect(await this.page.evaluate(() => document.documentElement.dataset.explanationsMarker)).toBe('kept');
  }
}
