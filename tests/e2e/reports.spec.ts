import { expect, test, type Page, type Worker } from '@playwright/test';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage } from './pages/LoginPage';
import { readStoreTable, renameFirstStoredCase } from './support/storeTables';
import { ReportsPage } from './pages/ReportsPage';

const CASES = 300;

/** The fields of a stored case the test counts with, read straight from IndexedDB (not through the app). */
interface StoredCase {
  reference: string;
  stage: string;
  openedOn: string;
  training: boolean;
}

async function storedCases(page: Page): Promise<StoredCase[]> {
  const rows = await readStoreTable<{ caseFile: StoredCase }>(page, 'cases');
  return rows.map(({ caseFile }) => ({ reference: caseFile.reference, stage: caseFile.stage, openedOn: caseFile.openedOn, training: caseFile.training }));
}

/** Today at the office (Europe/Brussels), as the app reads it. */
function officeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Open cases per stage, counted here from the stored cases: not closed, not a demo case, opened on or before today. */
function openCasesByStage(cases: readonly StoredCase[], today: string): Map<string, StoredCase[]> {
  const byStage = new Map<string, StoredCase[]>();
  for (const caseFile of cases) {
    if (caseFile.training || caseFile.stage === 'CLOSED' || caseFile.openedOn > today) continue;
    byStage.set(caseFile.stage, [...(byStage.get(caseFile.stage) ?? []), caseFile]);
  }
  return byStage;
}

/** The smallest WebAssembly module, compiled where this runs: 'compiled', or the refusal. */
function compileWebAssembly(): string {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return 'compiled';
  } catch (error) {
    return String(error);
  }
}

interface WorkerFacts {
  url: string;
  compiles: string;
  loadedLibsodium: boolean;
}

/** Read inside the worker as soon as it runs (it ends with its export): whether it may compile WebAssembly, and whether it loaded libsodium. */
async function workerFacts(worker: Worker): Promise<WorkerFacts> {
  const [compiles, loadedLibsodium] = await Promise.all([
    worker.evaluate(compileWebAssembly),
    worker.evaluate(async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        if (performance.getEntriesByType('resource').some((entry) => entry.name.includes('/libsodium'))) return true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    }),
  ]);
  return { url: worker.url(), compiles, loadedLibsodium };
}

test.describe.serial('Reports: the supervisors’ dashboard', () => {
  let page: Page;
  let errors: string[];
  let reports: ReportsPage;
  let expected: Map<string, StoredCase[]>;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    errors = collectConsoleErrors(page);
    const login = new LoginPage(page);
    await login.seedUsers(['caseworker', 'supervisor']);
    await login.signInAs('supervisor');
    const list = new CaseListPage(page);
    await list.open();
    expect(await list.seed(CASES)).toBe(CASES);
    expected = openCasesByStage(await storedCases(page), officeToday());
    reports = new ReportsPage(page);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('every open-case figure equals the count made here from the same cases', async () => {
    await reports.open();
    await reports.expectComputed();
    expect(expected.size).toBeGreaterThan(1);
    expect(new Set(await reports.rowIds('pending'))).toEqual(new Set(expected.keys()));
    for (const [stage, cases] of expected) await expect(reports.cell('pending', stage, 0)).toHaveText(cases.length.toLocaleString('en-GB'));
    const open = [...expected.values()].reduce((sum, cases) => sum + cases.length, 0);
    await expect(reports.cell('vulnerable', 'openCases', 0)).toHaveText(open.toLocaleString('en-GB'));
    // The chart beside the table draws the same numbers (hidden from screen readers, which read the table).
    await expect(page.getByTestId('chart-pending')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByTestId('chart-pending').locator('.recharts-bar-rectangle')).toHaveCount(expected.size);
    await page.screenshot({ path: test.info().outputPath('dashboard-en.png'), fullPage: false });
    await page.getByTestId('chart-pending').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('dashboard-en-pending.png'), fullPage: false });
  });

  test('a figure opens exactly its cases in the case list, and the chip removes the filter', async () => {
    const [stage, cases] = [...expected].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    await reports.cell('pending', stage, 0).getByRole('link').click();
    await expect(page).toHaveURL(/\/cases\?figure=/);
    const list = new CaseListPage(page);
    const chip = page.getByTestId('figure-filter');
    await expect(chip).toContainText('Filtered by: Open');
    await expect(list.count).toContainText(`Cases: ${cases.length.toLocaleString('en-GB')}`);
    const references = await list.rows.evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent ?? ''));
    const expectedReferences = new Set(cases.map((caseFile) => caseFile.reference));
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(expectedReferences.has(reference.trim())).toBe(true);
    const download = page.waitForEvent('download', (candidate) => candidate.suggestedFilename().endsWith('.csv'));
    await page.getByRole('button', { name: 'Export these cases (CSV)' }).click();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    const exported = csv
      .split('\r\n')
      .slice(1)
      .filter((line) => line.length > 0)
      .map((line) => line.split(',')[0] ?? '');
    expect(new Set(exported)).toEqual(expectedReferences);
    expect(exported).toHaveLength(cases.length);
    await chip.getByRole('button', { name: 'Remove the figure filter' }).click();
    await expect(page).not.toHaveURL(/figure=/);
    await expect(list.count).toContainText(`Cases: ${CASES.toLocaleString('en-GB')}`);
  });

  test('the custody-and-transfer overview: no generated case is in custody, and the table says so', async () => {
    await reports.open();
    await page.getByRole('tab', { name: 'Custody and transfer' }).click();
    const table = page.getByTestId('figure-custody');
    await expect(table).toBeVisible({ timeout: 60_000 });
    await expect(table.getByRole('columnheader', { name: 'In custody' })).toHaveAttribute('aria-sort', 'descending');
    await expect(table).toContainText('No person is in custody on this date.');
    await table.getByRole('button', { name: 'Nationality' }).click();
    await expect(table.getByRole('columnheader', { name: 'Nationality' })).toHaveAttribute('aria-sort', 'ascending');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this table (CSV)' }).click();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(csv).toBe(
      '\uFEFFNationality,In custody,No right of residence,Residence not established,Transfer eligible,Transfer needs review,Transfer not possible,Readmission route\r\nAll nationalities,0,0,0,0,0,0,0\r\n',
    );
  });

  test('a supervisor’s CSV export: BOM, translated headers, diacritics, an inert formula, a manifest with its SHA-256', async () => {
    // A name as someone might type or import it: a formula attempt, and French diacritics
    // (the generator's names carry the Albanian ones). Written into one stored case directly,
    // as only the export's reading of it is under test here.
    const reference = await renameFirstStoredCase(page, '=HYPERLINK("http://example.org","x")', 'Élodie François');
    await reports.open();
    await page.getByRole('tab', { name: 'Export' }).click();
    const files = new Map<string, string>();
    page.on('download', (download) => {
      void download.path().then(async (path) => {
        const { readFile } = await import('node:fs/promises');
        files.set(download.suggestedFilename(), await readFile(path, 'utf8'));
      });
    });
    const workers: Promise<WorkerFacts>[] = [];
    const watchWorker = (worker: Worker) => void workers.push(workerFacts(worker));
    page.on('worker', watchWorker);
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    await expect(page.getByTestId('export-panel')).toContainText(`${CASES.toLocaleString('en-GB')} cases exported to`, { timeout: 60_000 });
    page.off('worker', watchWorker);
    await expect.poll(() => files.size).toBe(2);
    // The export worker opened the sealed records with libsodium's WebAssembly, which only its
    // script's policy allows; the page's policy still refuses WebAssembly.
    const [exportWorker] = await Promise.all(workers);
    expect(new URL(exportWorker?.url ?? 'http://x/').pathname).toMatch(/^\/assets\/wasm-workers\/caseCsvExport\.worker-[\w-]+\.js$/);
    expect(exportWorker?.compiles).toBe('compiled');
    expect(exportWorker?.loadedLibsodium).toBe(true);
    expect(await page.evaluate(compileWebAssembly)).toContain('Content Security');
    const csvName = [...files.keys()].find((name) => name.endsWith('.csv')) ?? '';
    const csv = files.get(csvName) ?? '';
    expect(csv.startsWith('\uFEFFCase reference,Office,Assignee,Stage')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line.length > 0)).toHaveLength(CASES + 1);
    expect(csv).toContain('Hoxhë');
    expect(csv).toContain('Élodie François');
    const line = csv.split('\r\n').find((candidate) => candidate.startsWith(`${reference},`)) ?? '';
    expect(line).toContain(`"'=HYPERLINK(""http://example.org"",""x"")"`);
    const manifest = JSON.parse(files.get(csvName.replace(/\.csv$/, '.manifest.json')) ?? '{}') as {
      rowCount?: number;
      sha256?: string;
      pseudonymised?: boolean;
    };
    expect(manifest.rowCount).toBe(CASES);
    expect(manifest.pseudonymised).toBe(false);
    const { createHash } = await import('node:crypto');
    expect(manifest.sha256).toBe(createHash('sha256').update(csv, 'utf8').digest('hex'));
  });

  test('the pseudonymised CSV has no names or document numbers', async () => {
    const files = new Map<string, string>();
    page.on('download', (download) => {
      void download.path().then(async (path) => {
        const { readFile } = await import('node:fs/promises');
        files.set(download.suggestedFilename(), await readFile(path, 'utf8'));
      });
    });
    await page.getByRole('checkbox', { name: /Pseudonymised/ }).check();
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    await expect.poll(() => [...files.keys()].filter((name) => name.includes('pseudonymised')).length, { timeout: 60_000 }).toBe(2);
    const csv = files.get([...files.keys()].find((name) => name.endsWith('-pseudonymised.csv')) ?? '') ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).not.toContain('Hoxhë');
    expect(csv).not.toContain('Élodie');
    expect(csv).toMatch(/NAME-[A-Z0-9]{10}/);
  });

  test('a supervisor’s XLSX: a cases sheet with frozen header, auto filter and the names, and a summary sheet', async () => {
    const files = new Map<string, Buffer>();
    page.on('download', (download) => {
      void download.path().then(async (path) => {
        const { readFile } = await import('node:fs/promises');
        files.set(download.suggestedFilename(), await readFile(path));
      });
    });
    await page.getByRole('checkbox', { name: /Pseudonymised/ }).uncheck();
    await page.getByRole('button', { name: 'Export as XLSX' }).click();
    await expect.poll(() => [...files.keys()].filter((name) => name.endsWith('.xlsx') || name.endsWith('.manifest.json')).length, { timeout: 60_000 }).toBe(2);
    const xlsx = files.get([...files.keys()].find((name) => name.endsWith('.xlsx')) ?? '') ?? Buffer.alloc(0);
    const { unzipSync, strFromU8 } = await import('fflate');
    const parts = unzipSync(new Uint8Array(xlsx));
    const cases = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const summary = strFromU8(parts['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect(cases).toContain('<pane');
    expect(cases).toContain('<autoFilter');
    expect(cases).toContain('Case reference');
    expect(cases).toContain('Hoxhë');
    expect(cases).toContain('Élodie François');
    expect(summary).toContain('Every case of the workspace');
    expect(summary).toContain(`<v>${CASES}</v>`);
    // Every export so far is in the audit trail: the figure's CSV, the overview's table, the CSV, the pseudonymised CSV, this XLSX.
    const exports = (await readStoreTable<{ action: string; subject?: string }>(page, 'audit'))
      .filter((event) => event.action === 'export.cases')
      .map((event) => event.subject ?? '');
    expect(exports).toHaveLength(5);
    expect(exports.filter((subject) => subject.startsWith(`CSV ${CASES} row(s)`))).toHaveLength(2);
    expect(exports.filter((subject) => subject.startsWith('CSV 1 row(s), file ercms-custody-transfer-'))).toHaveLength(1);
    expect(exports.filter((subject) => subject.startsWith(`XLSX ${CASES} row(s)`))).toHaveLength(1);
  });

  test('the dashboard in Albanian', async () => {
    await reports.open();
    await reports.expectComputed();
    const frame = new AppFramePage(page);
    await frame.chooseLanguage('Shqip');
    await expect(page.getByRole('tab', { name: 'Paneli' })).toBeVisible();
    await expect(reports.figure('pending')).toContainText('Raste të hapura sipas fazës dhe moshës');
    await page.screenshot({ path: test.info().outputPath('dashboard-sq.png'), fullPage: false });
    await frame.chooseLanguage('English');
  });

  test('a caseworker has no reports and no export control', async () => {
    const login = new LoginPage(page);
    await login.signOut();
    await login.signInAs('caseworker');
    await reports.open();
    await expect(reports.notAllowed).toBeVisible();
    await expect(page.getByRole('button', { name: /export/i })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
