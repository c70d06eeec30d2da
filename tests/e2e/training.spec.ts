import { expect, test, type Page } from '@playwright/test';
import { trainingEn, trainingSq } from '../../shared/training/locales';
import { expectNoSeriousViolations, waitUntilSettled } from './accessibility';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { LoginPage } from './pages/LoginPage';
import { productionContents, TrainingPage } from './pages/TrainingPage';

/** A text of shared/training's catalogue by its key (`walkthrough.<scenario>.<step>`). */
function catalogueText(catalogue: unknown, key: string): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text ${key}`);
  return node;
}

const screenshotDir = process.env.TRAINING_SCREENSHOTS;

async function screenshot(page: Page, name: string): Promise<void> {
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/${name}.png` });
}

test.use({ viewport: { width: 1366, height: 800 } });

test.describe('training workspace', () => {
  test('a trainer loads the Albanian transfer, follows its walkthrough, moves time 15 days on the readmission, resets; production unchanged', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    const login = new LoginPage(page);
    await login.seedUsers(['trainer']);
    const productionBefore = await productionContents(page);

    await login.signInAs('trainer', 'training');
    const training = new TrainingPage(page);
    await expect(training.banner).toHaveText('TRAINING — fictitious data');
    await training.open();
    await training.load('albania-transfer-9-months');
    await expect(training.notice).toContainText('case(s) loaded');
    await screenshot(page, 'training-library-en');

    await training.startWalkthrough('albania-transfer-9-months');
    await expect(training.banner).toBeVisible();
    await expect(page.getByTestId('assessment-transfer').getByTestId('verdict')).toHaveText('Eligible');
    await screenshot(page, 'training-walkthrough-en');
    await training.followWalkthrough('albania-transfer-9-months', (key) => catalogueText(trainingEn, key), { next: 'Next', finish: 'Finish' });

    // The readmission request to Albania: awaiting a reply today, deemed accepted 15 days on.
    await training.open();
    await training.load('readmission-deemed-accepted');
    await training.startWalkthrough('readmission-deemed-accepted');
    const reply = page.getByTestId('readmission-reply');
    await expect(reply).toContainText('Awaiting the reply');
    const caseUrl = page.url();
    await training.open();
    await training.moveClock('+15 days');
    await expect(training.clock).toContainText('15 day(s) ahead');
    // Back in the app's history (no reload: the training clock lives in the window's memory).
    await page.goBack();
    await expect(page).toHaveURL(caseUrl);
    await expect(reply).toContainText('deemed accepted');

    // Reset: the scenarios are back in their initial state (the request not yet sent on the day it was loaded).
    await training.open();
    await training.reset({ open: 'Reset the training workspace', confirm: 'Reset now' });
    await expect(training.notice).toContainText(/reset in \d+\.\d\d s: \d+ case\(s\) loaded/);
    const seconds = Number(/in (\d+\.\d\d) s/.exec((await training.notice.textContent()) ?? '')?.[1]);
    expect(seconds).toBeLessThan(5);
    await training.moveClock('Back to real today');
    await page.goBack();
    await expect(page).toHaveURL(caseUrl);
    await expect(reply).toContainText('Awaiting the reply');
    await expect(page.getByTestId('case-stage')).toBeVisible();

    await login.signOut();
    expect(await productionContents(page)).toEqual(productionBefore);
    expect(errors).toEqual([]);
  });

  test('the same walkthrough in Albanian', async ({ page }) => {
    test.setTimeout(90_000);
    const login = new LoginPage(page);
    await login.seedUsers(['trainer']);
    await login.signInAs('trainer', 'training');
    const frame = new AppFramePage(page);
    await frame.chooseLanguage('Shqip');
    const training = new TrainingPage(page);
    await expect(training.banner).toHaveText(trainingSq.banner);
    await training.open();
    await training.load('albania-transfer-9-months');
    await screenshot(page, 'training-library-sq');
    await waitUntilSettled(page);
    await expectNoSeriousViolations(page, 'training page (sq)');
    await training.startWalkthrough('albania-transfer-9-months');
    await screenshot(page, 'training-walkthrough-sq');
    await waitUntilSettled(page);
    await expectNoSeriousViolations(page, 'case file with the walkthrough panel (sq)');
    await training.followWalkthrough('albania-transfer-9-months', (key) => catalogueText(trainingSq, key), { next: 'Tjetri', finish: 'Përfundo' });
  });

  test('a generated caseload is stored off the page thread with progress, and can be cancelled', async ({ page }) => {
    test.setTimeout(90_000);
    const login = new LoginPage(page);
    await login.seedUsers(['trainer']);
    await login.signInAs('trainer', 'training');
    const training = new TrainingPage(page);
    await training.open();
    const generator = page.getByTestId('caseload-generator');
    await generator.getByRole('textbox', { name: 'Number of cases' }).fill('3000');
    await generator.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(generator.getByRole('status')).toContainText(/^3000 case\(s\) stored in/, { timeout: 60_000 });
    await generator.getByRole('textbox', { name: 'Number of cases' }).fill('100000');
    await generator.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(generator.getByRole('progressbar')).toBeVisible();
    await generator.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(generator.getByRole('status')).toContainText('Stopped:');
  });

  test('a caseworker signing in to training lands in production, without the banner', async ({ page }) => {
    const login = new LoginPage(page);
    await login.seedUsers(['caseworker']);
    await login.signInAs('caseworker', 'training');
    await expect(login.workspaceIndicator).toHaveAttribute('data-workspace', 'production');
    await expect(new TrainingPage(page).banner).toHaveCount(0);
  });
});
