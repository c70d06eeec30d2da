import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { buildTestPage } from '../bench/buildPage';
import { serveFolder, type StaticServer } from '../bench/staticServer';
import type {} from './fixtures/store/storeFixtureApi';

/**
 * Issue 13: busy writes wait instead of failing. Two pages of one browser context (two
 * tabs of the same origin, one database) start 100 case creations each at the same moment;
 * the store serialises the audited writes with the Web Locks API, so all 200 succeed and
 * the audit trail verifies with one event per case.
 */
let server: StaticServer;
let pageDir: string;

test.beforeAll(async () => {
  pageDir = await buildTestPage(fileURLToPath(new URL('./fixtures/store', import.meta.url)), 'concurrent-writes-e2e');
  server = await serveFolder(pageDir);
});

test.afterAll(async () => {
  await server.close();
  await rm(pageDir, { recursive: true, force: true });
});

async function openFixture(page: Page): Promise<void> {
  await page.goto(`${server.origin}/index.html`);
  await expect(page).toHaveTitle('eRCMS store fixture (ready)');
}

test('200 simultaneous writes from two pages all succeed, and the audit trail verifies', async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  const second = await context.newPage();
  await openFixture(first);
  await openFixture(second);
  expect(await first.evaluate(() => window.storeFixture.webLocks())).toBe(true);
  const before = await first.evaluate(() => window.storeFixture.caseCount());

  const [fromFirst, fromSecond] = await Promise.all([
    first.evaluate(() => window.storeFixture.createCasesAtOnce(100_000, 100)),
    second.evaluate(() => window.storeFixture.createCasesAtOnce(200_000, 100)),
  ]);

  expect(fromFirst).toEqual({ succeeded: 100, failures: [] });
  expect(fromSecond).toEqual({ succeeded: 100, failures: [] });
  expect(await second.evaluate(() => window.storeFixture.caseCount())).toBe(before + 200);
  const report = await second.evaluate(() => window.storeFixture.verifyAuditTrail());
  expect(report).toMatchObject({ ok: true });
  expect(report.events).toBeGreaterThanOrEqual(200);
  expect(report.verifiedUpTo).toBe(report.events);
});
