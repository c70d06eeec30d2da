import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { referenceOf } from '../bench/caseGenerator';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { ApprovalsPage } from './pages/ApprovalsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage } from './pages/LoginPage';
import { expectInWordsOf, rawValuesIn, screenLanguages } from './pages/ScreenText';
import { openSignedIn } from './support/signedInNavigation';

/**
 * The case list, a case file and the approvals card, in each of the four languages: every
 * date, country and coded value in words of the language (Chromium has no Albanian data:
 * the app's own formats supply it), never an ISO date, a country code or an enum key.
 */
test.describe.serial('every value in words of the interface language', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  /** Case 0 of the seed: an Albanian with a forced return to Albania awaiting approval and a running order to leave. */
  const proposed = referenceOf(0);

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    context = await browser.newContext();
    page = await context.newPage();
    errors = collectConsoleErrors(page);
    const login = new LoginPage(page);
    await login.seedUsers(['supervisor']);
    await login.signInAs('supervisor');
    const list = new CaseListPage(page);
    await list.open();
    expect(await list.seed(30, undefined, 0, { proposalEvery: 3 })).toBe(30);
  });

  test.afterAll(async () => {
    await context.close();
  });

  test('the checks find raw values (they can fail)', () => {
    expect(rawValuesIn('Due 2026-12-16 · AL · removal_in_progress', 'en')).toEqual(['2026-12-16', 'AL', 'removal_in_progress']);
    expect(rawValuesIn('16 Dec 2026 · Albania · Afghanistan', 'fr')).toEqual(['16 Dec', 'Albania']);
    expect(rawValuesIn('16 dhjetor 2026 · Shqipëri · Afganistan · MË I AFËRTI', 'sq')).toEqual([]);
    expect(rawValuesIn('Kombësia: AF', 'sq')).toEqual(['AF']);
  });

  for (const language of screenLanguages) {
    test(`${language.nativeName}: the case list, the case file and the approvals card`, async () => {
      const frame = new AppFramePage(page);
      const list = new CaseListPage(page);
      await list.open();
      await frame.chooseLanguage(language.nativeName);
      await expect(frame.languageSwitcher).toHaveValue(language.nativeName);
      await expect(list.rows.first()).toBeVisible();
      await expectInWordsOf(list.table, language);
      // The search box is named in the language of the screen.
      await page.getByRole('searchbox').fill(proposed);
      await expect(list.rows).toHaveCount(1);

      await list.row(proposed).click();
      const caseFile = new CaseFilePage(page);
      await expect(caseFile.name).toBeVisible({ timeout: 15_000 });
      await expect(caseFile.deadlines).toBeVisible();
      await expect(caseFile.eligibility).toBeVisible();
      await expectInWordsOf(frame.main, language);

      const approvals = new ApprovalsPage(page);
      await approvals.open();
      await expectInWordsOf(approvals.cards.first(), language);
    });
  }

  test('no console errors on the way', () => {
    expect(errors).toEqual([]);
  });
});

/**
 * A window left open over midnight: the seed gives case 3k an order to leave notified k
 * days before "now" with 30 days to depart. At 23:59 (Brussels) case 90 is due that day
 * (due soon) and case 66 in eight days (running); a minute past midnight, without any
 * reload, case 90's period has ended in the list and case 66 is due soon (seven days) in its case file.
 */
test('deadline states roll over at midnight (office time) without a reload', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  try {
    await context.clock.install({ time: new Date('2026-12-15T23:53:00+01:00') });
    const listTab = await context.newPage();
    const login = new LoginPage(listTab);
    await login.seedUsers(['caseworker']);
    await login.signInAs('caseworker');
    const list = new CaseListPage(listTab);
    await list.open();
    expect(await list.seed(100)).toBe(100);
    // The session lives in each tab's sessionStorage: the case file's tab signs in too.
    const fileTab = await context.newPage();
    await new LoginPage(fileTab).open('/');
    await new LoginPage(fileTab).signInAs('caseworker');
    const caseFile = new CaseFilePage(fileTab);
    const dueToday = referenceOf(90);
    const dueInEightDays = referenceOf(66);

    // The case file is opened while the clock still runs (a paused clock holds the app's timers).
    await openSignedIn(fileTab, '/cases');
    await fileTab.getByRole('searchbox').fill(dueInEightDays);
    await new CaseListPage(fileTab).row(dueInEightDays).click();
    await expect(caseFile.name).toBeVisible({ timeout: 15_000 });
    const departure = caseFile.deadlines.getByRole('row').filter({ hasText: 'End of the voluntary departure period' });
    await expect(departure).toContainText('Running');
    await expect(departure).toContainText('8 days');

    await context.clock.pauseAt(new Date('2026-12-15T23:59:00+01:00'));
    // The clock is paused: the search's debounce runs when it is moved on.
    await list.searchFor(dueToday);
    await context.clock.runFor(500);
    await expect(list.rows).toHaveCount(1);
    const badge = list.row(dueToday).locator('[data-deadline]');
    await expect(badge).toHaveText('15 Dec 2026 · due soon');
    await expect(badge).toHaveAttribute('data-deadline', 'dueSoon');
    await expect(departure).toContainText('Running');

    await context.clock.runFor('02:00');
    // A departure period let run out is "ended" (forced return may be prepared), as the case file says.
    await expect(badge).toHaveText('15 Dec 2026 · period ended');
    await expect(badge).toHaveAttribute('data-deadline', 'ended');
    await expect(departure).toContainText('Due soon');
    await expect(departure).toContainText('7 days');
  } finally {
    await context.close();
  }
});
