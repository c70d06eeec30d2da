/**
 * Issue 14, point 4 ("Migration"), what must show: a clear 10,000-case database of the
 * previous version is sealed in place on the first sign-in after the upgrade, the browser is
 * killed halfway, and after a restart the migration goes on from where it stopped and ends
 * with every case and the audit chain intact.
 *
 * 1. In a persistent Chromium profile, a bare page of the app's origin writes the previous
 *    version's store through the store code itself (support/previousVersionStoreEntry.ts):
 *    an administrator and a supervisor with the data key wrapped for each, then 10,000
 *    generated cases imported by the supervisor with an audit event each while no key is held, so every row is in clear
 *    and the chain is keyed, as the previous version left them.
 * 2. A Chromium started on that profile (support/killableChromium.ts) loads the app; the administrator signs in, the migration starts, and as
 *    soon as its progress row says the first chunk is committed and the migration is not done,
 *    the browser's whole process group gets SIGKILL: no unload, no clean shutdown.
 * 3. Reopened on the same profile, before anyone signs in, raw IndexedDB shows the half-way
 *    store: the rows up to the progress row's mark sealed, every row after it in clear. The
 *    administrator signs in, the migration finishes, and then: 10,000 cases listed and stored;
 *    every case row and every event of the previous version sealed (no case file in clear); the
 *    rows sealed before the kill not sealed again (their ciphertexts unchanged: the migration
 *    resumed, it did not start over); sample cases found by document number open with the
 *    generator's names; Settings → Audit trail verification finds the chain intact to its last
 *    event and its anchor.
 *
 * Raw IndexedDB reads go through page.evaluate without Dexie or the store's middleware.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
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

const CASES = 10_000;
const DATABASE = 'ercms-production';
/** The migration's chunk of case rows (STORE_ENCRYPTION_CHUNK in renderer/src/db/storeEncryption.ts). */
const FIRST_CHUNK = 500;
/** Cases opened after the migration (generator indexes): the first, one in the middle, the last. */
const SAMPLE = [0, 4_321, CASES - 1];
/** The two accounts' creation, then per batch of 1,000 cases an event per case and one for the batch. */
const PREVIOUS_EVENTS = 2 + CASES + CASES / 1_000;

interface SealingMark {
  value: 'migrating' | 'sealed';
  casesAfter?: string;
  auditAfter?: number;
  done?: number;
}

/** What IndexedDB holds, read without Dexie: each row sealed (a `sealed` field) or in clear. */
interface RawStore {
  version: number;
  sealing: SealingMark | 'sealed' | undefined;
  cases: number;
  sealedCases: number;
  clearCaseFiles: number;
  auditEvents: number;
  sealedEvents: number;
  lastSequence: number;
  /** Rows whose state disagrees with the mark: sealed after it, or in clear up to it (events: of the previous version only). */
  casesAgainstMark: number;
  eventsAgainstMark: number;
  /** Sequences of the events in clear. */
  clearEvents: number[];
  /** Case id → its sealed bytes (hex), for the first sealed rows in key order. */
  sealedSample: Record<string, string>;
}

/** `previousEvents`: the events of the previous version (sequences 1…n); the app appends its own after them. */
async function readRawStore(page: Page, previousEvents: number): Promise<RawStore> {
  return page.evaluate(
    async ({ name, previousEvents: ofPreviousVersion }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error ?? new Error('not opened'));
      });
      try {
        const request = <T>(read: IDBRequest) =>
          new Promise<T>((resolve, reject) => {
            read.onsuccess = () => resolve(read.result as T);
            read.onerror = () => reject(read.error ?? new Error('not read'));
          });
        const reading = db.transaction(['cases', 'audit', 'meta'], 'readonly');
        const [cases, audit, meta] = await Promise.all([
          request<Record<string, unknown>[]>(reading.objectStore('cases').getAll()),
          request<Record<string, unknown>[]>(reading.objectStore('audit').getAll()),
          request<{ value: unknown } | undefined>(reading.objectStore('meta').get('storeSealing')),
        ]);
        const sealing = meta?.value as SealingMark | 'sealed' | undefined;
        const mark = typeof sealing === 'object' ? sealing : undefined;
        const isSealed = (row: Record<string, unknown>) => row.sealed instanceof Uint8Array;
        const casesDone = sealing === 'sealed' || mark?.auditAfter !== undefined;
        const caseShouldBeSealed = (id: string) => casesDone || (mark?.casesAfter !== undefined && id <= mark.casesAfter);
        const eventShouldBeSealed = (sequence: number) => sealing === 'sealed' || (mark?.auditAfter !== undefined && sequence <= mark.auditAfter);
        const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
        const sealedSample: Record<string, string> = {};
        for (const row of cases.filter(isSealed).slice(0, 20)) sealedSample[String(row.id)] = hex(row.sealed as Uint8Array);
        return {
          version: db.version,
          sealing,
          cases: cases.length,
          sealedCases: cases.filter(isSealed).length,
          clearCaseFiles: cases.filter((row) => 'caseFile' in row).length,
          auditEvents: audit.length,
          sealedEvents: audit.filter(isSealed).length,
          lastSequence: Math.max(0, ...audit.map((row) => Number(row.sequence))),
          casesAgainstMark: cases.filter((row) => isSealed(row) !== caseShouldBeSealed(String(row.id))).length,
          eventsAgainstMark: audit.filter((row) => Number(row.sequence) <= ofPreviousVersion && isSealed(row) !== eventShouldBeSealed(Number(row.sequence)))
            .length,
          clearEvents: audit.filter((row) => !isSealed(row)).map((row) => Number(row.sequence)),
          sealedSample,
        };
      } finally {
        db.close();
      }
    },
    { name: DATABASE, previousEvents },
  );
}

/** The migration's progress row alone (a cheap read to poll). */
async function readSealingMark(page: Page): Promise<SealingMark | 'sealed' | undefined> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('not opened'));
    });
    try {
      return await new Promise<SealingMark | 'sealed' | undefined>((resolve, reject) => {
        const read = db.transaction('meta', 'readonly').objectStore('meta').get('storeSealing');
        read.onsuccess = () => resolve((read.result as { value?: SealingMark | 'sealed' } | undefined)?.value);
        read.onerror = () => reject(read.error ?? new Error('not read'));
      });
    } finally {
      db.close();
    }
  }, DATABASE);
}

/**
 * Reads the migration's progress row as often as IndexedDB answers, until it says the first
 * chunk is committed and the migration is still under way (or that it is already done).
 */
async function progressPastFirstChunk(page: Page): Promise<SealingMark | 'sealed'> {
  return page.evaluate(
    async ({ name, chunk }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error ?? new Error('not opened'));
      });
      // Never holds up the app's own connection (an upgrade, a reset).
      db.onversionchange = () => db.close();
      const deadline = Date.now() + 60_000;
      try {
        while (Date.now() < deadline) {
          const value = await new Promise<unknown>((resolve, reject) => {
            const read = db.transaction('meta', 'readonly').objectStore('meta').get('storeSealing');
            read.onsuccess = () => resolve((read.result as { value?: unknown } | undefined)?.value);
            read.onerror = () => reject(read.error ?? new Error('not read'));
          });
          if (value === 'sealed') return 'sealed';
          const mark = value as SealingMark | undefined;
          if (mark?.value === 'migrating' && (mark.done ?? 0) >= chunk) return mark;
        }
      } finally {
        db.close();
      }
      throw new Error('The migration did not pass its first chunk within 60 s');
    },
    { name: DATABASE, chunk: FIRST_CHUNK },
  );
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: requireChromium(), args: chromiumArgs });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

test('a clear 10,000-case store is sealed in place, survives a browser killed halfway, and ends with every case and an intact audit chain', async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  if (!baseURL) throw new Error('The end-to-end configuration gives no baseURL');
  const admin = testAccounts.administrator;
  const timings: Record<string, string> = {};
  const profile = mkdtempSync(join(tmpdir(), 'ercms-migration-'));
  try {
    // 1. The previous version's store.
    let started = performance.now();
    const first = await launch(profile);
    try {
      const page = first.pages()[0] ?? (await first.newPage());
      const previous = await writePreviousVersionStore(page, baseURL, {
        administrator: admin,
        supervisor: testAccounts.supervisor,
        count: CASES,
        batchSize: 1_000,
      });
      expect(previous).toEqual({
        cases: CASES,
        auditEvents: PREVIOUS_EVENTS,
        databaseVersion: 80,
        sealedRows: 0,
        clearCaseRows: CASES,
        sealingMarked: false,
      });
    } finally {
      await first.close();
    }
    timings['previous version written'] = seconds(started);

    // 2. The upgrade's first sign-in, killed halfway through the migration.
    started = performance.now();
    const killable = await launchKillableChromium(profile);
    let killedAt: SealingMark | 'sealed';
    try {
      const login = new LoginPage(killable.page);
      await login.open(baseURL);
      await login.submitSignIn(admin.username, admin.password);
      killedAt = await progressPastFirstChunk(killable.page);
    } finally {
      await killable.kill();
    }
    timings['sign-in to kill'] = seconds(started);
    expect(killedAt, 'the migration was done before the test could kill the browser').not.toBe('sealed');

    // 3. Restarted: half-way on disk, then finished by the next sign-in.
    started = performance.now();
    const restarted = await launch(profile);
    try {
      const page = restarted.pages()[0] ?? (await restarted.newPage());
      const login = new LoginPage(page);
      await login.open(baseURL);
      await expect(login.signInButton).toBeVisible();
      const halfway = await readRawStore(page, PREVIOUS_EVENTS);
      expect(halfway.version).toBe(80);
      expect(halfway.sealing).toMatchObject({ value: 'migrating' });
      expect(halfway.cases).toBe(CASES);
      expect(halfway.sealedCases, 'rows sealed before the kill').toBeGreaterThanOrEqual(FIRST_CHUNK);
      expect(halfway.sealedCases + halfway.sealedEvents, 'rows still in clear after the kill').toBeLessThan(CASES + halfway.auditEvents);
      expect(halfway.casesAgainstMark, 'case rows whose state disagrees with the progress row').toBe(0);
      expect(halfway.eventsAgainstMark, 'audit events whose state disagrees with the progress row').toBe(0);

      await login.signInAs('administrator');
      const sealing = page.getByTestId('store-sealing');
      await expect.poll(() => readSealingMark(page), { timeout: 120_000, intervals: [250] }).toBe('sealed');
      await expect(sealing).toBeHidden({ timeout: 60_000 });
      timings['restart to sealed'] = seconds(started);

      started = performance.now();
      const sealed = await readRawStore(page, PREVIOUS_EVENTS);
      expect(sealed.cases).toBe(CASES);
      expect(sealed.sealedCases).toBe(CASES);
      expect(sealed.clearCaseFiles).toBe(0);
      // Every event of the previous version is sealed; the app's own since (signing in) may be written before a key is held.
      expect(sealed.eventsAgainstMark).toBe(0);
      expect(sealed.clearEvents.filter((sequence) => sequence <= PREVIOUS_EVENTS)).toEqual([]);
      // Resumed, not started over: a row sealed again would have a new nonce, so new bytes.
      for (const [id, bytes] of Object.entries(halfway.sealedSample)) expect(sealed.sealedSample[id], `case ${id} sealed again`).toBe(bytes);

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

      const trust = new TrustPage(page);
      await trust.openSettings();
      await trust.verifyAudit();
      const result = trust.audit.getByTestId('audit-result');
      const last = (await readRawStore(page, PREVIOUS_EVENTS)).lastSequence;
      await expect(result).toContainText(`The audit trail is intact up to event ${last.toString()}.`);
      await expect(result).toContainText(`${last.toString()} events checked.`);
      await expect(result).toContainText('The trail reaches its anchor outside the database');
      await expect(result).not.toContainText('could not be checked');
      timings['checks'] = seconds(started);
    } finally {
      await restarted.close();
    }
    test.info().annotations.push({ type: 'timings', description: JSON.stringify({ killedAt, ...timings }) });
    console.log('store migration', { killedAt, ...timings });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
