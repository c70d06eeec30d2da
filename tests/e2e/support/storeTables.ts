import type { Page } from '@playwright/test';
import { seedScript } from './buildSeedScript';
import { rememberedPassword } from './signedInNavigation';

interface ReadTableWindow {
  ercmsE2eReadTable?: (table: string, workspace: 'production' | 'training', password?: string, username?: string) => Promise<unknown[]>;
  ercmsE2eRenameFirstCase?: (familyName: string, givenNames: string, password?: string) => Promise<string>;
}

async function loadScript(page: Page): Promise<void> {
  const script = await seedScript();
  await page.route('**/__e2e__/seed.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.addScriptTag({ url: '/__e2e__/seed.js' });
}

/** Renames the first stored case in place, without an audit event (seedCasesEntry.ts); returns its reference. */
export async function renameFirstStoredCase(page: Page, familyName: string, givenNames: string): Promise<string> {
  await loadScript(page);
  return page.evaluate(
    async ({ family, given, password }) => {
      const rename = (window as ReadTableWindow).ercmsE2eRenameFirstCase;
      if (!rename) throw new Error('The seed script was not loaded');
      return rename(family, given, password);
    },
    { family: familyName, given: givenNames, password: rememberedPassword(page) },
  );
}

/**
 * Every row of a table of the workspace, as the app's store reads it (sealed rows opened with
 * the key the page's account unlocks, or `account`'s when nobody is signed in on the page):
 * what a test compares a screen with. Runs the test-only
 * script (seedCasesEntry.ts) in the page, served from the app's origin.
 */
export async function readStoreTable<T>(
  page: Page,
  table: string,
  workspace: 'production' | 'training' = 'production',
  account?: { username: string; password: string },
): Promise<T[]> {
  await loadScript(page);
  return (await page.evaluate(
    async ({ name, where, password, username }) => {
      const read = (window as ReadTableWindow).ercmsE2eReadTable;
      if (!read) throw new Error('The seed script was not loaded');
      return read(name, where, password, username);
    },
    { name: table, where: workspace, password: account?.password ?? rememberedPassword(page), username: account?.username },
  )) as T[];
}
