import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { CaseFile } from '../../shared/model/caseFile';
import { assessReturnRoutes, assessTransferEligibility, type Assessment } from '../../shared/rules';
import { collectConsoleErrors } from './consoleErrors';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage, testAccounts } from './pages/LoginPage';
import { TrainingPage } from './pages/TrainingPage';
import { ensurePdftotext, flat, pdfPages } from './support/pdfText';
import { openSignedIn } from './support/signedInNavigation';
import { readStoreTable } from './support/storeTables';

const CASES = 20;
const STAMP = 'TRAINING — fictitious data';

/** The stored cases, as the store reads them (sealed rows opened with the page's account), in reference order. */
async function storedCases(page: Page, database = 'ercms-production'): Promise<CaseFile[]> {
  const rows = await readStoreTable<{ caseFile: CaseFile }>(page, 'cases', database === 'ercms-training' ? 'training' : 'production');
  return rows.map((row) => row.caseFile).sort((a, b) => a.reference.localeCompare(b.reference));
}

/** The audit trail's PDF exports: how many cases each held. */
async function pdfExports(page: Page): Promise<{ rowCount: unknown; actor: string }[]> {
  const events = await readStoreTable<{ action: string; actor: { displayName: string }; changes: { path: string; after: unknown }[] }>(page, 'audit');
  return events
    .filter((event) => event.action === 'export.casePdf')
    .map((event) => ({ rowCount: event.changes.find((change) => change.path === 'rowCount')?.after, actor: event.actor.displayName }));
}

function officeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The name as the app writes it everywhere: FAMILY Given (ui/format/personName). */
function displayName(caseFile: CaseFile): string {
  const primary = caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
  return primary ? [primary.familyName.toLocaleUpperCase(), primary.givenNames.trim()].filter(Boolean).join(' ') : '';
}

const sectionTitles = {
  transfer: 'Transfer of the sentenced person',
  voluntary: 'Voluntary return',
  forced: 'Forced return',
  readmission: 'Readmission under an agreement',
};
const verdictWords: Record<Assessment['verdict'], string> = { eligible: 'Eligible', not_eligible: 'Not eligible', needs_review: 'Needs review' };

/** The assessments the rules give the case today, computed here independently of the page. */
function assessments(caseFile: CaseFile, today: string): { title: string; assessment: Assessment }[] {
  const routes = assessReturnRoutes(caseFile, today);
  return [
    ...(caseFile.custody ? [{ title: sectionTitles.transfer, assessment: assessTransferEligibility(caseFile, today) }] : []),
    { title: sectionTitles.voluntary, assessment: routes.voluntary },
    { title: sectionTitles.forced, assessment: routes.forced },
    { title: sectionTitles.readmission, assessment: routes.readmission },
  ];
}

/** Opens the print route, waits for its data, and prints it to a PDF in the test's output folder (Chromium's page.pdf, print media). */
async function printToPdf(page: Page, route: string | undefined, fileName: string): Promise<string> {
  // Each opening of the print route is an audited export: the page already on it is printed as it is.
  if (route !== undefined) await openSignedIn(page, route);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible({ timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const path = test.info().outputPath(fileName);
  await writeFile(path, pdf);
  return path;
}

test.describe.serial('PDF case file and bulk PDF', () => {
  let page: Page;
  let errors: string[];
  let cases: CaseFile[];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    const skip = ensurePdftotext();
    test.skip(skip !== undefined, skip);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = collectConsoleErrors(page);
    const login = new LoginPage(page);
    await login.seedUsers(['caseworker', 'supervisor', 'trainer']);
    await login.signInAs('supervisor');
    const list = new CaseListPage(page);
    await list.open();
    expect(await list.seed(CASES)).toBe(CASES);
    cases = await storedCases(page);
    expect(cases).toHaveLength(CASES);
  });

  test.afterAll(async () => {
    await page?.context().close();
  });

  test('a supervisor’s PDF of one case: name, verdicts with their legal basis, page n of N, the generator', async () => {
    const today = officeToday();
    // A case with an assessment that names its legal basis.
    const chosen = cases.find((caseFile) => assessments(caseFile, today).some(({ assessment }) => assessment.basis));
    if (!chosen) throw new Error('No seeded case has an assessment with a legal basis');
    await openSignedIn(page, `/cases/${chosen.id}`);
    await expect(page.getByTestId('case-pdf')).toBeVisible();
    // In browser mode the button prints the route in a window of its own (the browser adapter; the print dialog of a
    // headless browser returns at once): that window starts with the page's session and reads the case, an audited export.
    await page.getByTestId('case-pdf').click();
    await expect(page.getByRole('menuitem', { name: 'Pseudonymised case file (PDF)' })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Case file (PDF)', exact: true }).click();
    await expect.poll(async () => (await pdfExports(page)).length, { timeout: 20_000 }).toBe(1);

    // Electron prints in a hidden window of its own, which starts without this window's session (sessionStorage):
    // a second page of the same browser context is such a window. Without the ticket it gets the sign-in screen;
    // with the ticket the button leaves, it prints the case (the window.open of browser mode is switched off here).
    const printWindow = await page.context().newPage();
    await openSignedIn(printWindow, `/cases/${chosen.id}/print`);
    await expect(printWindow.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.getByTestId('case-pdf').click();
    await page.getByRole('menuitem', { name: 'Case file (PDF)', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('could not be opened');
    await printWindow.reload();
    await expect(printWindow.locator('[data-print-ready="true"]')).toBeVisible({ timeout: 20_000 });
    await expect(printWindow.getByTestId('printed-name')).toHaveText(displayName(chosen));
    await printWindow.close();

    const path = await printToPdf(page, `/cases/${chosen.id}/print`, 'case.pdf');
    const pageTexts = pdfPages(path).map(flat);
    const pages = pageTexts.length;
    const text = pageTexts.join(' ');
    expect(pages).toBeGreaterThan(0);
    expect(text).toContain(displayName(chosen));
    expect(text).toContain(`Case file ${chosen.reference}`);
    for (const { title, assessment } of assessments(chosen, today)) {
      expect(text).toContain(`${title}: ${verdictWords[assessment.verdict]}`);
      if (assessment.basis) expect(text).toContain(flat(`Legal basis: ${assessment.basis.legalBasis}`));
    }
    pageTexts.forEach((pageText, index) => expect(pageText).toContain(`Page ${index + 1} of ${pages}`));
    expect(text).toContain(`by ${testAccounts.supervisor.displayName}`);
    expect(text).toContain('Workspace: Production');
    expect(text).not.toContain(STAMP);

    // The pseudonymised copy: a pseudonym instead of the name, the year instead of the date of birth.
    await openSignedIn(page, `/cases/${chosen.id}/print?pseudonymised=1`);
    await expect(page.getByTestId('printed-name')).toHaveText(/^NAME-[0-9A-Z]{10}$/);
    await expect(page.getByTestId('case-print')).not.toContainText(displayName(chosen));
    if (chosen.person.dateOfBirth) await expect(page.getByTestId('case-print')).toContainText(`born in ${chosen.person.dateOfBirth.slice(0, 4)}`);
  });

  test('a bulk PDF of 20 cases starts each case on a new page, and every PDF is in the audit trail', async () => {
    await openSignedIn(page, '/cases');
    await page.getByTestId('cases-pdf').click();
    await expect(page).toHaveURL(/\/cases\/print\?filter=/);
    const path = await printToPdf(page, undefined, 'bulk.pdf');
    const pageTexts = pdfPages(path).map(flat);
    const pages = pageTexts.length;
    const firstPageOf = new Map<string, number>();
    for (const [index, text] of pageTexts.entries()) {
      const number = index + 1;
      expect(text).toContain(`Page ${number} of ${pages}`);
      const headings = [...text.matchAll(/Case file (RC-\d{4}-\d{6})/g)];
      // At most one case begins on a page, and it begins at the top: only the running title is above it (and the document's title on page 1).
      expect(headings.length).toBeLessThanOrEqual(1);
      const heading = headings[0];
      if (!heading) continue;
      const reference = heading[1] ?? '';
      expect(firstPageOf.has(reference)).toBe(false);
      firstPageOf.set(reference, number);
      const above = text.slice(0, heading.index).replaceAll(`Case files: ${CASES} cases`, '');
      if (number > 1) expect(above.trim()).toBe('');
    }
    expect([...firstPageOf.keys()].sort()).toEqual(cases.map((caseFile) => caseFile.reference));
    expect(pages).toBeGreaterThanOrEqual(CASES);

    const exports = await pdfExports(page);
    // The header's PDF (in a window of its own), the hidden window's, the print view, its pseudonymised copy, and the bulk PDF.
    const rowCounts = exports.filter((entry) => entry.actor === testAccounts.supervisor.displayName).map((entry) => Number(entry.rowCount));
    expect(rowCounts.sort((a, b) => a - b)).toEqual([1, 1, 1, 1, CASES]);
  });

  test('a caseworker has no PDF control, and the store refuses the print route', async () => {
    const login = new LoginPage(page);
    await openSignedIn(page, '/cases');
    await login.signOut();
    await login.signInAs('caseworker');
    const chosen = cases[0];
    if (!chosen) throw new Error('No case');
    await expect(page.getByTestId('case-table')).toBeVisible();
    await expect(page.getByTestId('cases-pdf')).toHaveCount(0);
    await openSignedIn(page, `/cases/${chosen.id}`);
    await expect(page.getByTestId('case-name')).toBeVisible();
    await expect(page.getByTestId('case-pdf')).toHaveCount(0);
    const before = (await pdfExports(page)).length;
    await openSignedIn(page, `/cases/${chosen.id}/print`);
    await expect(page.getByRole('alert')).toContainText('supervisor');
    await expect(page.getByTestId('printed-case')).toHaveCount(0);
    expect((await pdfExports(page)).length).toBe(before);
    await openSignedIn(page, '/cases');
    await login.signOut();
  });

  test('a PDF from the training workspace carries the stamp on every page', async () => {
    const login = new LoginPage(page);
    await login.signInAs('trainer', 'training');
    const training = new TrainingPage(page);
    await training.open();
    await training.load('albania-transfer-9-months');
    const path = await printToPdf(page, '/cases/print?filter=%7B%7D', 'training.pdf');
    const pageTexts = pdfPages(path).map(flat);
    expect(pageTexts.length).toBeGreaterThan(0);
    for (const pageText of pageTexts) expect(pageText).toContain(STAMP);
    expect(pageTexts.join(' ')).toContain('Workspace: Training');
    expect(errors).toEqual([]);
  });
});
