import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { referenceOf } from '../bench/caseGenerator';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { CaseFilePage } from './pages/CaseFilePage';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage } from './pages/LoginPage';

const CASES = 600;
/** Cases 0, 200 and 400 have a forced return awaiting approval. */
const PROPOSAL_EVERY = 200;

/**
 * Two tabs of one browser profile, as a caseworker with the list open in one window and a
 * case in another: what changes in one shows in the other's list without a reload, and the
 * list keeps its scroll position and the focused row.
 */
test.describe.serial('live case list across two tabs', () => {
  let context: BrowserContext;
  let listTab: Page;
  let otherTab: Page;
  let list: CaseListPage;
  let errors: string[];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    context = await browser.newContext();
    listTab = await context.newPage();
    errors = collectConsoleErrors(listTab);
    const login = new LoginPage(listTab);
    await login.seedUsers(['caseworker', 'supervisor']);
    await login.signInAs('caseworker');
    list = new CaseListPage(listTab);
    await list.open();
    expect(await list.seed(CASES, undefined, 0, { proposalEvery: PROPOSAL_EVERY })).toBe(CASES);
    // The session lives in each tab's sessionStorage: the second tab signs in too.
    otherTab = await context.newPage();
    const otherLogin = new LoginPage(otherTab);
    await otherLogin.open('/');
    await otherLogin.signInAs('caseworker');
  });

  test.afterAll(async () => {
    await context.close();
  });

  test('a stage changed in the other tab takes the case out of a filtered list, keeping scroll position and focus', async () => {
    await list.chooseFilter('Stage', 'Intake');
    await list.sortBy('Reference');
    await expect(list.table.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.rows.nth(20)).toBeAttached();
    await list.scrollToRow(5);
    await expect(list.table.locator('tr[data-index="6"]')).toBeVisible();
    const focused = list.table.locator('tr[data-index="6"]');
    const focusedReference = (await focused.getAttribute('data-reference')) ?? '';
    const target = list.table.locator('tr[data-index="9"]');
    const targetReference = (await target.getAttribute('data-reference')) ?? '';
    expect(focusedReference).not.toBe('');
    expect(targetReference).not.toBe('');
    await focused.focus();
    const scrollTop = await list.scroller.evaluate((element) => element.scrollTop);
    const loadedBefore = await list.loadedRows();

    // The other tab opens the case and starts its identification.
    const otherList = new CaseListPage(otherTab);
    await otherList.open();
    await otherList.searchFor(targetReference);
    await expect(otherList.rows).toHaveCount(1);
    await otherList.row(targetReference).click();
    const caseFile = new CaseFilePage(otherTab);
    await caseFile.runAction('Start identification');
    await caseFile.expectStage('Identification');

    // This tab's list drops it without a reload; the rest stays where it was.
    await expect(list.row(targetReference)).toHaveCount(0, { timeout: 15_000 });
    await expect(list.row(focusedReference)).toBeFocused();
    expect(await list.loadedRows()).toBe(loadedBefore - 1);
    expect(Math.abs((await list.scroller.evaluate((element) => element.scrollTop)) - scrollTop)).toBeLessThanOrEqual(1);
    await expect(list.row(focusedReference)).toBeInViewport();
  });

  test('cases created in the other tab appear in the list, at their place in the order', async () => {
    await listTab.getByRole('button', { name: 'Clear filters' }).click();
    await list.sortBy('Reference');
    await expect(list.table.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute('aria-sort', 'descending');
    await list.scrollToRow(0);
    const newest = referenceOf(CASES + 2);
    expect(newest > referenceOf(CASES - 1)).toBe(true);
    await expect(list.row(newest)).toHaveCount(0);
    await expect(list.count).toContainText(`Cases: ${CASES}`);

    const otherList = new CaseListPage(otherTab);
    await otherList.open();
    await otherList.seed(3, undefined, CASES);

    await expect(list.rows.first()).toHaveAttribute('data-reference', newest, { timeout: 15_000 });
    await expect(list.count).toContainText(`Cases: ${CASES + 3}`);
    expect(errors).toEqual([]);
  });

  test('the approvals page lists the proposals awaiting a decision, oldest first, and one proposed meanwhile in another tab', async () => {
    // A supervisor in a third tab of the same browser: signing the caseworker out in the other
    // tab would end the caseworker's session in every tab (the session follows the account).
    const supervisorTab = await context.newPage();
    const supervisorLogin = new LoginPage(supervisorTab);
    await supervisorLogin.open('/');
    await supervisorLogin.signInAs('supervisor');
    // The supervisor's navigation counts the cases awaiting a decision.
    const frame = new AppFramePage(supervisorTab);
    await expect(frame.awaitingApprovalsBadge).toHaveText('3');
    await frame.approvalsLink(3).click();
    const proposals = supervisorTab.getByTestId('pending-approval');
    await expect(proposals).toHaveCount(3);
    // Seeded a minute apart, case 400 first: the oldest proposal comes first.
    await expect(proposals.first()).toContainText(referenceOf(400));
    await expect(proposals.nth(2)).toContainText(referenceOf(0));
    // The seed writes as the signed-in caseworker of the list tab (the store refuses an unknown account).
    await expect(proposals.first()).toContainText('Proposed by Caseworker Chris Caseworker');

    // The list tab adds a case with a proposal: the approvals page shows it without reload.
    await list.seed(1, undefined, CASES + 3, { proposalEvery: 1 });
    await expect(proposals).toHaveCount(4, { timeout: 15_000 });
    await expect(frame.approvalsLink(4)).toBeVisible();
    await expect(frame.awaitingApprovalsBadge).toHaveText('4');
    await expect(supervisorTab.getByTestId('pending-approval').filter({ hasText: referenceOf(CASES + 3) })).toBeVisible();
  });
});
