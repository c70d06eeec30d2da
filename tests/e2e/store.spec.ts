import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { buildTestPage } from '../bench/buildPage';
import { serveFolder, type StaticServer } from '../bench/staticServer';
import type {} from './fixtures/store/storeFixtureApi';

/**
 * The store in a real Chromium: IndexedDB through Dexie, WebCrypto hashing, and two tabs
 * on the same database. Runs against a small fixture page (tests/e2e/fixtures/store) that
 * imports renderer/src/db, built here with Vite.
 */
let server: StaticServer;
let pageDir: string;

test.beforeAll(async () => {
  pageDir = await buildTestPage(fileURLToPath(new URL('./fixtures/store', import.meta.url)), 'store-e2e');
  server = await serveFolder(pageDir);
});

test.afterAll(async () => {
  await server.close();
  await rm(pageDir, { recursive: true, force: true });
});

async function openFixture(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.origin}/index.html${query}`);
  await expect(page).toHaveTitle('eRCMS store fixture (ready)');
}

test.describe('local store in Chromium', () => {
  test('a case written is still there after the page is reloaded', async ({ page }) => {
    await openFixture(page);
    const created = await page.evaluate(() => window.storeFixture.createCase());
    await page.reload();
    await expect(page).toHaveTitle('eRCMS store fixture (ready)');
    const read = await page.evaluate((id) => window.storeFixture.readCase(id), created.id);
    expect(read).toEqual({ reference: created.reference, stage: 'INTAKE', version: 1 });
    await openFixture(page, `?case=${created.id}`);
    await expect(page.locator('#case-summary')).toHaveText(`${created.reference} · INTAKE · version 1`);
  });

  test('two tabs edit the same case: the second save gets the conflict message naming the first editor', async ({ context }) => {
    const first = await context.newPage();
    await openFixture(first, '?user=user-caseworker-1&name=An%20Peeters');
    const created = await first.evaluate(() => window.storeFixture.createCase());
    await openFixture(first, `?case=${created.id}&user=user-caseworker-1&name=An%20Peeters`);
    const second = await context.newPage();
    await openFixture(second, `?case=${created.id}&user=user-caseworker-2&name=Luc%20Janssens`);
    await expect(first.locator('#case-summary')).toContainText('version 1');
    await expect(second.locator('#case-summary')).toContainText('version 1');

    await first.getByRole('button', { name: 'Start identification' }).click();
    await expect(first.getByRole('alert')).toHaveText('Saved.');
    await expect(first.locator('#case-summary')).toContainText('IDENTIFICATION · version 2');

    await second.getByRole('button', { name: 'Start identification' }).click();
    const message = second.getByRole('alert');
    await expect(message).toContainText(`Case ${created.reference} was changed by An Peeters`);
    await expect(message).toContainText('Your change was not saved: reload the case');
    // Nothing was overwritten: still the first editor's version.
    expect(await second.evaluate((id) => window.storeFixture.readCase(id), created.id)).toMatchObject({ stage: 'IDENTIFICATION', version: 2 });
  });
});
