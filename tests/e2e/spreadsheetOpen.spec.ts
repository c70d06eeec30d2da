import { expect, test, type Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import type { CaseFile } from '../../shared/model/caseFile';
import { generateCases } from '../bench/caseGenerator';
import { collectConsoleErrors } from './consoleErrors';
import { LoginPage } from './pages/LoginPage';
import { ReportsPage } from './pages/ReportsPage';
import { flatOdsRows, type OdsCell } from './support/flatOdsCells';
import { importCasesThroughStore } from './support/importCases';
import { convertWithLibreOffice, findOrInstallLibreOffice, libreOfficeInstall } from './support/libreOffice';

/**
 * The names the export must carry into a spreadsheet program unchanged: Albanian and French
 * diacritics, and formula-injection attempts (a name beginning with =, +, - or @), which must
 * stay inert text even when the program evaluates formulas on import.
 */
const names: { familyName: string; givenNames: string }[] = [
  { familyName: 'Hoxhë', givenNames: 'Ëndrit' },
  { familyName: 'Çela', givenNames: 'Gëzim Bardhë' },
  { familyName: 'Lefèvre', givenNames: 'Élodie François' },
  { familyName: '=1+2', givenNames: 'Arta' },
  { familyName: '+3+4', givenNames: '-2+5' },
  { familyName: '@SUM(1;2)', givenNames: 'Drita' },
];

/** What the export writes for a text cell: a cell beginning with a formula trigger gets a leading apostrophe (issue 15). */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The seeded cases: generated production cases with the names above; the first has an order to leave (a date and a number of days). */
function seededCases(): CaseFile[] {
  return generateCases(900_000, names.length).map((caseFile, index) => {
    const identity = caseFile.identities.find((candidate) => candidate.primary) ?? caseFile.identities[0];
    const name = names[index];
    if (!identity || !name) throw new Error('The generator gave a case without an identity');
    identity.familyName = name.familyName;
    identity.givenNames = name.givenNames;
    if (index === 0) {
      caseFile.decisions = [
        {
          id: crypto.randomUUID(),
          createdAt: caseFile.createdAt,
          updatedAt: caseFile.createdAt,
          updatedBy: caseFile.updatedBy,
          version: 1,
          type: 'order_to_leave',
          decidedOn: caseFile.openedOn,
          notifiedOn: caseFile.openedOn,
          decidedBy: caseFile.updatedBy,
          legalBasis: 'Aliens Act Art. 7 and 74/14',
          departureDays: 30,
          shortenedPeriodGrounds: [],
        },
      ];
    }
    return caseFile;
  });
}

/** Clicks an export button of the Reports page and returns the saved file's path (the manifest is the other download). */
async function exportFile(page: Page, format: 'csv' | 'xlsx', outDir: string): Promise<string> {
  const download = page.waitForEvent('download', (candidate) => candidate.suggestedFilename().endsWith(`.${format}`));
  await page.getByRole('button', { name: `Export as ${format.toUpperCase()}` }).click();
  const file = await download;
  const path = join(outDir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

test('the CSV and XLSX exports open in LibreOffice Calc with the same cells: diacritics intact, formula attempts inert, dates as dates, numbers as numbers', async ({
  page,
}) => {
  const soffice = findOrInstallLibreOffice();
  test.skip(soffice === undefined, libreOfficeInstall);
  if (!soffice) return;
  // LibreOffice's first start with a fresh profile is slow (up to a minute on a loaded machine).
  test.setTimeout(180_000);
  const errors = collectConsoleErrors(page);
  const outDir = test.info().outputPath('files');
  const converted = test.info().outputPath('converted');
  const profileDir = test.info().outputPath('libreoffice-profile');
  await mkdir(outDir, { recursive: true });
  await mkdir(converted, { recursive: true });

  const cases = seededCases();
  const login = new LoginPage(page);
  await login.seedUsers(['supervisor']);
  await login.signInAs('supervisor');
  expect(await importCasesThroughStore(page, cases)).toBe(cases.length);
  const reports = new ReportsPage(page);
  await reports.open();
  await page.getByRole('tab', { name: 'Export' }).click();
  const csvPath = await exportFile(page, 'csv', outDir);
  await expect(page.getByTestId('export-panel')).toContainText(`${cases.length} cases exported to`);
  const xlsxPath = await exportFile(page, 'xlsx', outDir);

  // The control: a formula the test writes itself, un-neutralised, is evaluated with the same import options (so a missing apostrophe would show).
  const controlPath = join(outDir, 'control.csv');
  await writeFile(controlPath, 'name\r\n=1+2\r\n');
  // Import: UTF-8, comma, quote, special numbers detected, and formulas evaluated (13th token) as a user's Calc may; export: the cells as shown.
  await convertWithLibreOffice(soffice, [csvPath, controlPath], {
    convertTo: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false',
    inFilter: 'CSV:44,34,76,1,,0,false,true,false,false,false,-1,true',
    outDir: converted,
    profileDir,
    timeoutMs: 150_000,
  });
  expect(csvRows(await readFile(join(converted, 'control.csv'), 'utf8'))[1]).toEqual(['3']);

  const exported = csvRows(await readFile(csvPath, 'utf8'));
  const opened = csvRows(await readFile(join(converted, basename(csvPath)), 'utf8'));
  const header = exported[0] ?? [];
  expect(opened[0]).toEqual(header);
  expect(opened).toHaveLength(cases.length + 1);
  const column = (name: string) => {
    const index = header.indexOf(name);
    expect(index, name).toBeGreaterThanOrEqual(0);
    return index;
  };
  const reference = column('Case reference');
  const familyName = column('Family name');
  const givenNames = column('Given names');
  const openedOn = column('Opened on');
  const dateOfBirth = column('Date of birth');
  const notifiedOn = column('Order to leave notified on');
  const departureDays = column('Departure period (days)');
  const openedByReference = new Map(opened.slice(1).map((row) => [row[reference] ?? '', row]));
  for (const caseFile of cases) {
    const row = openedByReference.get(caseFile.reference);
    expect(row, caseFile.reference).toBeDefined();
    const identity = caseFile.identities.find((candidate) => candidate.primary) ?? caseFile.identities[0];
    expect(row?.[familyName]).toBe(neutralised(identity?.familyName ?? ''));
    expect(row?.[givenNames]).toBe(neutralised(identity?.givenNames ?? ''));
    expect(row?.[openedOn]).toBe(caseFile.openedOn);
    expect(row?.[dateOfBirth]).toBe(caseFile.person.dateOfBirth ?? '');
  }
  // Every other text cell comes back as exported (the program reads the file as the export wrote it).
  for (const row of exported.slice(1)) {
    const back = openedByReference.get(row[reference] ?? '');
    for (const index of [reference, familyName, givenNames, openedOn, dateOfBirth, notifiedOn, departureDays])
      expect(back?.[index], `${row[reference]} ${header[index]}`).toBe(row[index]);
  }
  const first = cases[0];
  expect(openedByReference.get(first?.reference ?? '')?.[departureDays]).toBe('30');

  // The XLSX as Calc understands it (a flat OpenDocument file keeps each cell's type, value and shown text).
  await convertWithLibreOffice(soffice, [xlsxPath], { convertTo: 'fods', outDir: converted, profileDir });
  const sheet = flatOdsRows(await readFile(join(converted, basename(xlsxPath).replace(/\.xlsx$/, '.fods')), 'utf8'));
  const sheetHeader = (sheet[0] ?? []).map((cell) => cell.text);
  const sheetColumn = (name: string) => {
    const index = sheetHeader.indexOf(name);
    expect(index, name).toBeGreaterThanOrEqual(0);
    return index;
  };
  const byReference = new Map(sheet.slice(1).map((row) => [row[sheetColumn('Case reference')]?.text ?? '', row]));
  expect(byReference.size).toBe(cases.length);
  const cell = (caseFile: CaseFile, name: string): OdsCell | undefined => byReference.get(caseFile.reference)?.[sheetColumn(name)];
  for (const caseFile of cases) {
    const identity = caseFile.identities.find((candidate) => candidate.primary) ?? caseFile.identities[0];
    for (const [name, text] of [
      ['Family name', identity?.familyName ?? ''],
      ['Given names', identity?.givenNames ?? ''],
    ] as const) {
      expect(cell(caseFile, name), `${caseFile.reference} ${name}`).toEqual({ type: 'string', value: undefined, formula: undefined, text: neutralised(text) });
    }
    expect(cell(caseFile, 'Opened on'), `${caseFile.reference} opened on`).toMatchObject({ type: 'date', value: caseFile.openedOn, text: caseFile.openedOn });
    if (caseFile.person.dateOfBirth)
      expect(cell(caseFile, 'Date of birth')).toMatchObject({ type: 'date', value: caseFile.person.dateOfBirth, text: caseFile.person.dateOfBirth });
  }
  if (first) {
    expect(cell(first, 'Departure period (days)')).toMatchObject({ type: 'float', value: '30', text: '30' });
    expect(cell(first, 'Order to leave notified on')).toMatchObject({ type: 'date', value: first.openedOn });
  }
  expect(errors).toEqual([]);
});
