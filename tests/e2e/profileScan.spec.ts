/**
 * Issue 14, point 5 ("No clear traces"), what can be shown before case encryption lands:
 * Chromium's own files keep nothing personal beside the case store. The test runs the app
 * in a Chromium with a persistent profile on disk, creates the administrator with a
 * sentinel display name, takes a case in through the six steps of the intake with sentinel
 * names, alias, place of birth, document number, offence and opinion (typed, so form
 * autofill sees them), keeps and discards an intake draft with another sentinel, then
 * closes the browser and searches every file of the profile (Local Storage and Session
 * Storage leveldb, Web Data with the form autofill tables, History, Preferences, logs…)
 * for every sentinel, in UTF-8 and UTF-16LE, as typed, lower- and upper-cased and folded:
 * no match. A control sentinel the test writes in clear to localStorage must be found, so
 * the search is shown to work (before this change the scan found the names in Web Data
 * and the administrator's name in Session Storage).
 *
 * No decompression is needed, and the test checks it: Chromium's leveldb keeps the writes
 * of a small database in its uncompressed log (000003.log, where the control is found),
 * and reopening reuses that log; only a database that outgrows its write buffer (more
 * than 4.5 MB: a trial write of that much localStorage made none) gets tables (.ldb),
 * whose blocks may be snappy-compressed. Should a table ever appear outside IndexedDB, the
 * test fails and says so: the scan would then have to decompress it (snappyjs is on the
 * npm registry).
 *
 * The IndexedDB folder is left out: the case store is still in clear there. It joins the
 * scan once case encryption lands (issue 14, points 1 to 4). Backups are not produced here.
 *
 * On the way, every text input of each of the intake's six steps must say
 * autocomplete="off" (ui/form/noAutofill.ts).
 */
import { chromium, expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, requireChromium } from '../support/chromium';
import { custodyWithEightMonthsLeft } from './intakeScenarios';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage, testAccounts } from './pages/LoginPage';
import { leveldbTables, profileFiles, scanProfile } from './support/profileScan';

/** Unique strings no app, dictionary or Chromium file holds by chance. */
const SENTINEL = {
  adminName: 'Qorvandel Admintrixa',
  familyName: 'Zelquarnova',
  givenNames: 'Ysmerelda',
  aliasFamilyName: 'Vantrobelik',
  placeOfBirth: 'Krusquendorf',
  documentNumber: 'QX7731SNTL',
  offence: 'Plovquistery offence',
  opinion: 'Wishes to stay near Brenquillo',
  draftFamilyName: 'Draftovelsky',
};
const CONTROL = 'Controlvaquor Sentinel';

/** Text-like inputs and textareas of a form (what form autofill could remember); not checkboxes, radios or hidden inputs. */
async function autocompleteOfInputs(form: Locator): Promise<{ name: string; autocomplete: string | null }[]> {
  return form.evaluate((element) =>
    [...element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((input) => !(input instanceof HTMLInputElement) || !['hidden', 'checkbox', 'radio', 'button', 'submit', 'file'].includes(input.type))
      .map((input) => ({
        name: input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? input.getAttribute('name') ?? input.id,
        autocomplete: input.getAttribute('autocomplete'),
      })),
  );
}

async function expectNoAutofill(intake: IntakePage, step: string): Promise<void> {
  const inputs = await autocompleteOfInputs(intake.form);
  expect(inputs.length, `${step}: inputs shown`).toBeGreaterThan(0);
  expect(
    inputs.filter((input) => input.autocomplete !== 'off'),
    `${step}: inputs without autocomplete="off"`,
  ).toEqual([]);
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: requireChromium(), args: chromiumArgs });
}

async function takeInSentinelCase(page: Page, baseURL: string): Promise<void> {
  const login = new LoginPage(page);
  await login.open(baseURL);
  await login.createAdministrator({ ...testAccounts.administrator, displayName: SENTINEL.adminName });
  await login.createUser(testAccounts.caseworker);
  await login.signOut();
  await login.signInAs('caseworker');

  const intake = new IntakePage(page);
  await intake.open();
  await intake.fillIdentity({
    familyName: SENTINEL.familyName,
    givenNames: SENTINEL.givenNames,
    sex: 'Female',
    dateOfBirth: '12/04/1990',
    placeOfBirth: SENTINEL.placeOfBirth,
  });
  await page.getByRole('button', { name: 'Add another name' }).click();
  await intake.field('Family name', intake.form.getByRole('group', { name: 'Other name 1' })).fill(SENTINEL.aliasFamilyName);
  await expectNoAutofill(intake, 'Step 1');
  await intake.next('Step 2 of 6: Nationality');
  await intake.addNationality('Albania (AL)', 'Proven', { kind: 'Document', description: 'Albanian passport' });
  await expectNoAutofill(intake, 'Step 2');
  await intake.next('Step 3 of 6: Documents');
  await intake.addDocument({ type: 'Passport', number: SENTINEL.documentNumber, issuingCountry: 'Albania (AL)', authenticity: 'Genuine' });
  await expectNoAutofill(intake, 'Step 3');
  await intake.next('Step 4 of 6: Residency');
  await intake.addResidency('Irregular stay', '10/01/2023');
  await expectNoAutofill(intake, 'Step 4');
  await intake.next('Step 5 of 6: Custody');
  const custody = custodyWithEightMonthsLeft();
  await intake.fillCustody({ ...custody, offence: SENTINEL.offence, opinion: { statement: SENTINEL.opinion, recordedOn: custody.opinion?.recordedOn ?? '' } });
  await expectNoAutofill(intake, 'Step 5');
  await intake.next('Step 6 of 6: Family and vulnerabilities');
  // The entries of step 6 are shown for the check, then removed (left blank they would stop the save).
  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.getByRole('button', { name: 'Add a vulnerability' }).click();
  await expectNoAutofill(intake, 'Step 6');
  await page.getByRole('button', { name: 'Remove family member 1' }).click();
  await page.getByRole('button', { name: 'Remove vulnerability 1' }).click();
  await intake.save();
  await intake.expectSavedAndOpened();
  await new CaseFilePage(page).expectOpen(`${SENTINEL.familyName.toUpperCase()} ${SENTINEL.givenNames}`);

  // A draft kept as the caseworker types, then discarded.
  await intake.open();
  await intake.fillIdentity({ familyName: SENTINEL.draftFamilyName, givenNames: 'Ilir', sex: 'Male', dateOfBirth: '03/03/1993' });
  await intake.next('Step 2 of 6: Nationality');
  await expect(intake.draftStatus).toContainText('Draft kept at', { timeout: 15_000 });
  await page.reload();
  // The draft is sealed under the workspace key, which a reloaded window holds again only after the password.
  await login.unlock(testAccounts.caseworker.password);
  await expect(page.getByRole('region', { name: 'Unfinished intake found' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Discard the draft' }).click();
  await expect(intake.field('Family name')).toHaveValue('');

  // The control: written in clear by the test itself, where the app keeps its own entries.
  await page.evaluate((control) => localStorage.setItem('ercms.e2e-control', control), CONTROL);
}

test('the browser profile keeps none of the names, numbers or texts typed into the app, outside the case store', async ({ baseURL }) => {
  test.setTimeout(180_000);
  if (!baseURL) throw new Error('The end-to-end configuration gives no baseURL');
  const profile = mkdtempSync(join(tmpdir(), 'ercms-profile-'));
  try {
    const context = await launch(profile);
    try {
      await takeInSentinelCase(context.pages()[0] ?? (await context.newPage()), baseURL);
    } finally {
      await context.close();
    }
    const files = profileFiles(profile, ['IndexedDB']);
    expect(files.some((file) => file.includes('Local Storage'))).toBe(true);
    expect(leveldbTables(files), 'leveldb tables outside IndexedDB, whose blocks may be compressed: the scan must decompress them').toEqual([]);
    const matches = scanProfile(profile, files, [...Object.values(SENTINEL), CONTROL]);
    expect(matches.filter((match) => match.sentinel === CONTROL).length, 'the control sentinel is found').toBeGreaterThan(0);
    expect(matches.filter((match) => match.sentinel !== CONTROL)).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
