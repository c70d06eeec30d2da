/**
 * Issue 14, point 4 ("Migration"), what must show: a clear 10,000-case database of the
 * previous version is sealed in place on the first sign-in after the upgrade, the browser is
 * killed halfway, and after a restart the migration goes on from where it stopped and ends
 * with every case and the audit chain intact.
 *
 * 1. In a persistent Chromium profile, a bare page of the app's origin writes the previous
 *    version's store through the store code itself (support/previousVersionStoreEntry.ts):
 *    an administrator and a supervisor, the data key wrapped for each, then 10,000 generated
 *    cases imported by the supervisor in batches of 1,000 (an audit event per batch) while no key is held, so every
 *    row is in clear and the chain is keyed, as the previous version left them.
 * 2. A Chromium started on that profile (support/killableChromium.ts) loads the app; the
 *    administrator signs in, the migration starts, and as soon as its progress row says the
 *    first chunk of cases is committed, the browser's whole process group gets SIGKILL: no
 *    unload, no clean shutdown.
 * 3. Started again: raw IndexedDB shows the half-way store (the case rows up to the progress
 *    row's mark sealed, every row after it in clear, the events all in clear). The
 *    administrator signs in and the migration resumes from the mark and finishes. Then: 10,000
 *    cases listed and stored; every case row and every event of the previous version sealed
 *    (no case file in clear); the rows sealed before the kill not sealed again (same
 *    ciphertext: a row sealed again gets a new nonce); sample cases found by document number
 *    open with the generator's names; Settings → Audit trail verification finds the chain
 *    intact to its last event and its anchor. (A kill among the events is shown the same way
 *    by the store's unit test, tests/unit/db/storeEncryption.test.ts.)
 *
 * Raw reads go through IndexedDB in the page, without Dexie or the store's middleware
 * (support/rawStoreState.ts). No sleeps: the progress row is read as often as IndexedDB
 * answers, and the kill follows as soon as it shows the point reached.
 */
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, requireChromium } from '../support/chromium';
import { documentNumberOf, generateCase, referenceOf } from '../bench/caseGenerator';
import { CaseFilePage } from './pages/CaseFilePage';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage, testAccounts } from './pages/LoginPage';
import { TrustPage } from './pages/TrustPage';
import { launchKillableChromium } from './support/killableChromium';
import { writePreviousVersionStore } from './support/previousVersionStore';
import { migrationPast, readRawStore, readSealingState, type RawStoreState, type SealingMark } from './support/rawStoreState';

const CASES = 10_000;
/** The migration's chunk of case rows (STORE_ENCRYPTION_CHUNK in renderer/src/db/storeEncryption.ts). */
const FIRST_CHUNK = 500;
/** Cases opened after the migration (generator indexes): the first, one in the middle, the last. */
const SAMPLE = [0, 4_321, CASES - 1];
/** The two accounts' creation, then one event per imported batch of 1,000 cases. */
const PREVIOUS_EVENTS = 2 + CASES / 1_000;

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: requireChromium(), args: chromiumArgs });
}

/** Seconds spent on each step, in order (reported as the test's annotation). */
function stopwatch(): { lap(step: string): void; laps: Record<string, string> } {
  const laps: Record<string, string> = {};
  let since = performance.now();
  return {
    laps,
    lap(step) {
      const now = performance.now();
      laps[step] = `${((now - since) / 1000).toFixed(1)} s`;
      since = now;
    },
  };
}

/** The sealed rows of `before` whose bytes changed in `after` (sealed again). */
function sealedAgain(before: RawStoreState, after: RawStoreState): string[] {
  return Object.keys(before.sealedSample).filter((key) => after.sealedSample[key] !== before.sealedSample[key]);
}

/**
 * Starts a killable Chromium on the profile, reads the store before anyone signs in, signs the
 * administrator in, and kills the browser as soon as the migration is past `point`.
 */
async function signInAndKill(
  profile: string,
  baseURL: string,
  point: Parameters<typeof migrationPast>[1],
): Promise<{ before: RawStoreState; killedAt: SealingMark | 'sealed' }> {
  const admin = testAccounts.administrator;
  const browser = await launchKillableChromium(profile);
  try {
    const login = new LoginPage(browser.page);
    await login.open(baseURL);
    // The app's first load under load (a test beside it) can take a while.
    await expect(login.signInButton).toBeVisible({ timeout: 30_000 });
    const before = await readRawStore(browser.page, PREVIOUS_EVENTS);
    await login.submitSignIn(admin.username, admin.password);
    return { before, killedAt: await migrationPast(browser.page, point) };
  } finally {
    await browser.kill();
  }
}

test('a clear 10,000-case store is sealed in place, survives a browser killed halfway, and ends with every case and an intact audit chain', async ({
  baseURL,
}) => {
  test.setTimeout(360_000);
  if (!baseURL) throw new Error('The end-to-end configuration gives no baseURL');
  const { lap, laps } = stopwatch();
  const profile = mkdtempSync(join(tmpdir(), 'ercms-migration-'));
  try {
    // 1. The previous version's store.
    const first = await launch(profile);
    try {
      const page = first.pages()[0] ?? (await first.newPage());
      const previous = await writePreviousVersionStore(page, baseURL, {
        administrator: testAccounts.administrator,
        supervisor: testAccounts.supervisor,
        count: CASES,
        batchSize: 1_000,
      });
      expect(previous).toEqual({ cases: CASES, auditEvents: PREVIOUS_EVENTS, databaseVersion: 90, sealedRows: 0, clearCaseRows: CASES, sealingMarked: false });
    } finally {
      await first.close();
    }
    lap('previous version written (bundle, two accounts, 10,000 cases)');

    // 2. The first sign-in after the upgrade, killed after the first chunk of cases.
    const { before: clear, killedAt: firstKill } = await signInAndKill(profile, baseURL, { casesDone: FIRST_CHUNK });
    lap('first sign-in, killed among the cases');
    // The app, loaded but not signed in, changed nothing.
    expect(clear).toMatchObject({
      sealing: undefined,
      sealedCases: 0,
      sealedCaseKeys: 0,
      sealedEvents: 0,
      clearCaseFiles: CASES,
      auditEvents: PREVIOUS_EVENTS,
    });
    // Killed among the cases: the mark names a case and none of the events.
    expect(firstKill, 'the migration ended before the test could kill the browser').toEqual({
      value: 'migrating',
      casesAfter: expect.any(String),
      done: expect.any(Number),
    });

    // 3. Half-way among the cases on disk; the next sign-in resumes from the mark and finishes.
    const restarted = await launch(profile);
    try {
      const page = restarted.pages()[0] ?? (await restarted.newPage());
      const login = new LoginPage(page);
      await login.open(baseURL);
      // The app's first load under load (a test beside it) can take a while.
      await expect(login.signInButton).toBeVisible({ timeout: 30_000 });
      const amongCases = await readRawStore(page, PREVIOUS_EVENTS);
      expect(amongCases.version).toBe(90);
      expect(amongCases.sealing).toMatchObject({ value: 'migrating' });
      expect(amongCases.cases).toBe(CASES);
      expect(amongCases.sealedCases, 'case rows sealed before the kill').toBeGreaterThanOrEqual(FIRST_CHUNK);
      expect(amongCases.sealedCases, 'case rows still in clear after the kill').toBeLessThan(CASES);
      expect(amongCases.casesAgainstMark, 'case rows whose state disagrees with the progress row').toBe(0);
      expect(amongCases.eventsAgainstMark, 'events whose state disagrees with the progress row').toBe(0);
      lap('restarted, half-way store read');

      await login.signInAs('administrator');
      await expect.poll(() => readSealingState(page), { timeout: 120_000 }).toBe('sealed');
      await expect(page.getByTestId('store-sealing')).toBeHidden({ timeout: 60_000 });
      lap('second sign-in, migration finished');

      const sealed = await readRawStore(page, PREVIOUS_EVENTS);
      expect(sealed.cases).toBe(CASES);
      expect(sealed.sealedCases).toBe(CASES);
      expect(sealed.clearCaseFiles).toBe(0);
      expect(sealed.caseKeys).toBe(CASES);
      expect(sealed.sealedCaseKeys).toBe(CASES);
      // Every event of the previous version is sealed; the app's own since (signing in) may be written before a key is held.
      expect(sealed.clearPreviousEvents).toEqual([]);
      expect(sealed.eventsAgainstMark).toBe(0);
      expect(sealedAgain(amongCases, sealed), 'rows sealed before the kill and sealed again after it').toEqual([]);
      expect(Object.keys(amongCases.sealedSample).filter((key) => key.startsWith('case:'))).toHaveLength(20);
      lap('sealed store read');

      const list = new CaseListPage(page);
      await expect(list.count).toContainText(`Cases: ${CASES.toLocaleString('en-GB')}`);
      for (const index of SAMPLE) {
        const identity = generateCase(index).identities.find((candidate) => candidate.primary);
        if (!identity) throw new Error(`Generated case ${index.toString()} has no primary identity`);
        await list.searchFor(documentNumberOf(index));
        await expect(list.rows).toHaveCount(1);
        await list.row(referenceOf(index)).focus();
        await page.keyboard.press('Enter');
        await new CaseFilePage(page).expectOpen(`${identity.familyName.toUpperCase()} ${identity.givenNames}`);
        await page.goBack();
      }
      await list.searchFor('');
      lap('case list and three cases');

      const trust = new TrustPage(page);
      await trust.openSettings();
      await trust.verifyAudit();
      const result = trust.audit.getByTestId('audit-result');
      const last = (await readRawStore(page, PREVIOUS_EVENTS)).lastSequence;
      await expect(result).toContainText(`The audit trail is intact up to event ${last.toString()}.`);
      await expect(result).toContainText(`${last.toString()} events checked.`);
      await expect(result).toContainText('The trail reaches its anchor outside the database');
      await expect(result).not.toContainText('could not be checked');
      lap('audit trail verified');
    } finally {
      await restarted.close();
    }
    test.info().annotations.push({ type: 'timings', description: JSON.stringify({ firstKill, ...laps }) });
    console.log('store migration', { firstKill, ...laps });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
