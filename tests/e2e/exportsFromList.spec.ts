import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage } from './pages/LoginPage';
import { TrainingPage } from './pages/TrainingPage';
import { exportAttemptScript } from './support/exportAttemptScript';
import { readStoreTable } from './support/storeTables';
import type { ExportAttempt } from './support/exportAttemptEntry';

/**
 * Exports from the case list's own filters (issue 15, point 3). What reports.spec.ts
 * already covers is not repeated here (the Reports page's whole-workspace CSV/XLSX and
 * their formula neutralising, diacritics and SHA-256; the figure filter's CSV): this is the
 * list's filter reaching the file, the store refusing a caseworker's call made from the
 * page, the training stamp, and what the audit trail keeps of each export.
 */

const CASES = 80;

interface StoredRow {
  reference: string;
  stage: string;
  nationality: string;
  familyName: string;
}

/** The stored cases with the index fields the list filters on, read straight from IndexedDB. */
async function storedRows(page: Page): Promise<StoredRow[]> {
  const rows = await readStoreTable<{ stage: string; nationality: string; caseFile: { reference: string; identities: { familyName: string }[] } }>(
    page,
    'cases',
  );
  return rows.map((row) => ({
    reference: row.caseFile.reference,
    stage: row.stage,
    nationality: row.nationality,
    familyName: row.caseFile.identities[0]?.familyName ?? '',
  }));
}

interface ExportEvent {
  subject: string;
  changes: { path: string; after: unknown }[];
}

async function exportEvents(page: Page, database: string): Promise<ExportEvent[]> {
  const events = await readStoreTable<ExportEvent & { action: string }>(page, 'audit', database === 'ercms-training' ? 'training' : 'production');
  return events.filter((event) => event.action === 'export.cases').map(({ subject, changes }) => ({ subject, changes }));
}

function change(event: ExportEvent | undefined, path: string): unknown {
  return event?.changes.find((candidate) => candidate.path === path)?.after;
}

/** Runs one export from the list's menu and returns the file and its manifest (two downloads, in either order). */
async function exportFromList(page: Page, item: string): Promise<{ name: string; file: Buffer; manifest: Record<string, unknown> }> {
  const downloads: Download[] = [];
  const collect = (download: Download) => void downloads.push(download);
  page.on('download', collect);
  await page.getByRole('button', { name: 'Export this list' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  await expect(page.getByTestId('list-export-saved')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
  page.off('download', collect);
  const fileDownload = downloads.find((download) => !download.suggestedFilename().endsWith('.manifest.json'));
  const manifestDownload = downloads.find((download) => download.suggestedFilename().endsWith('.manifest.json'));
  if (!fileDownload || !manifestDownload) throw new Error('The export saved no file or no manifest');
  const file = await readFile((await fileDownload.path()) ?? '');
  const manifest = JSON.parse(await readFile((await manifestDownload.path()) ?? '', 'utf8')) as Record<string, unknown>;
  return { name: fileDownload.suggestedFilename(), file, manifest };
}

function csvRecords(file: Buffer): string[][] {
  const text = file.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

const stageNames = JSON.parse(await readFile(new URL('../../renderer/src/features/case-file/locales/en.json', import.meta.url), 'utf8')) as {
  caseFile: { stages: Record<string, string> };
};

test.describe.serial('exports from the case list’s filters', () => {
  let page: Page;
  let list: CaseListPage;
  let login: LoginPage;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    page = await (await browser.newContext()).newPage();
    login = new LoginPage(page);
    await login.seedUsers(['caseworker', 'supervisor', 'trainer']);
    await login.signInAs('caseworker');
    list = new CaseListPage(page);
    await list.open();
    expect(await list.seed(CASES)).toBe(CASES);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('a caseworker has no export control, and the store refuses the export calls made from the page', async () => {
    await list.open();
    await expect(list.rows.first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export this list' })).toHaveCount(0);
    const script = await exportAttemptScript();
    await page.route('**/__e2e__/export-attempt.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
    await page.addScriptTag({ url: '/__e2e__/export-attempt.js' });
    const attempt = await page.evaluate(() => (window as { ercmsE2eAttemptExport?: () => Promise<ExportAttempt> }).ercmsE2eAttemptExport?.());
    expect(attempt?.read).toMatch(/^PermissionError: /);
    expect(attempt?.record).toMatch(/^PermissionError: /);
    expect(await exportEvents(page, 'ercms-production')).toEqual([]);
  });

  test('a supervisor exports the filtered list as CSV, XLSX and pseudonymised CSV: exactly the filtered cases, each export audited with filter, columns and row count', async () => {
    test.setTimeout(120_000);
    await login.signOut();
    await login.signInAs('supervisor');
    await list.open();
    await expect(list.rows.first()).toBeVisible();

    // The most frequent stage, then that stage's most frequent nationality: two filters, one served by an index, one by the predicate.
    const rows = await storedRows(page);
    const mostFrequent = (values: string[]) =>
      [...values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0] ??
      '';
    const stage = mostFrequent(rows.map((row) => row.stage));
    const nationality = mostFrequent(rows.filter((row) => row.stage === stage && row.nationality !== '').map((row) => row.nationality));
    const expected = rows.filter((row) => row.stage === stage && row.nationality === nationality);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(CASES);
    const country = new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(nationality) ?? nationality;
    await list.chooseFilter('Stage', stageNames.caseFile.stages[stage] ?? stage);
    await list.chooseFilter('Nationality', country);
    await expect(list.count).toContainText(`Cases: ${expected.length}`);
    const expectedReferences = expected.map((row) => row.reference).sort();

    const csv = await exportFromList(page, 'CSV');
    const records = csvRecords(csv.file);
    expect(records[0]?.[0]).toBe('Case reference');
    expect(
      records
        .slice(1)
        .map((record) => record[0])
        .sort(),
    ).toEqual(expectedReferences);
    expect(csv.manifest).toMatchObject({ rowCount: expected.length, pseudonymised: false, filter: { caseList: { stage, nationality } } });

    const xlsx = await exportFromList(page, 'XLSX (Excel)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const { unzipSync, strFromU8 } = await import('fflate');
    const parts = unzipSync(new Uint8Array(xlsx.file));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const summary = strFromU8(parts['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    const strings = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array());
    // Header row plus one row per filtered case.
    expect(sheet.match(/<row /g)).toHaveLength(expected.length + 1);
    expect(`${sheet}${summary}${strings}`).toContain(`Stage: ${stageNames.caseFile.stages[stage] ?? stage}; Nationality: ${country}`);
    expect(xlsx.manifest).toMatchObject({ rowCount: expected.length, filter: { caseList: { stage, nationality } } });

    const pseudonymised = await exportFromList(page, 'Pseudonymised CSV (no names or document numbers)');
    const pseudonymisedRecords = csvRecords(pseudonymised.file);
    expect(pseudonymisedRecords).toHaveLength(expected.length + 1);
    const text = pseudonymised.file.toString('utf8');
    for (const row of expected) expect(text).not.toContain(row.familyName);
    expect(pseudonymised.manifest).toMatchObject({ rowCount: expected.length, pseudonymised: true });

    const events = await exportEvents(page, 'ercms-production');
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(change(event, 'filter')).toEqual({ caseList: { stage, nationality } });
      expect(change(event, 'rowCount')).toBe(expected.length);
      expect(change(event, 'columns')).toEqual(expect.arrayContaining(['reference', 'stage']));
    }
    expect(events.map((event) => change(event, 'pseudonymised'))).toEqual([false, false, true]);
    expect(events.map((event) => event.subject.split(' ')[0])).toEqual(['CSV', 'XLSX', 'CSV']);
  });

  test('a training-workspace export carries “TRAINING — fictitious data” in the file and the manifest, and is audited there', async () => {
    test.setTimeout(120_000);
    await login.signOut();
    await login.signInAs('trainer', 'training');
    const training = new TrainingPage(page);
    await training.open();
    await training.load('albania-transfer-9-months');
    await list.open();
    // The list's filters are kept on this computer across sign-ins: every training case is wanted here.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(list.rows.first()).toBeVisible();
    const exported = await exportFromList(page, 'CSV');
    const records = csvRecords(exported.file);
    expect(records[0]?.at(-1)).toBe('TRAINING — fictitious data');
    expect(records.length).toBeGreaterThan(1);
    for (const record of records.slice(1)) expect(record.at(-1)).toBe('TRAINING — fictitious data');
    expect(exported.manifest).toMatchObject({ stamp: 'TRAINING — fictitious data', rowCount: records.length - 1 });
    const events = await exportEvents(page, 'ercms-training');
    expect(events).toHaveLength(1);
    expect(change(events[0], 'rowCount')).toBe(records.length - 1);
    expect(change(events[0], 'filter')).toEqual({ caseList: {} });
  });
});
