import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { LoginPage } from './pages/LoginPage';
import { reloadSignedIn } from './support/signedInNavigation';

test.describe('application frame', () => {
  // The frame is behind the sign-in gate: a fresh database asks for the administrator first.
  test.beforeEach(async ({ page }) => {
    await new LoginPage(page).createAdministrator();
  });

  test('renders the frame with navigation and status bar, without console errors', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const frame = new AppFramePage(page);
    await frame.open('/');
    await expect(page).toHaveURL(/\/cases$/);
    await expect(page.getByRole('heading', { name: 'eRCMS Desktop' })).toBeVisible();
    await expect(frame.navigation.getByRole('link', { name: 'Cases', exact: true })).toBeVisible();
    await expect(frame.statusBar).toContainText('Browser mode');
    await expect(frame.statusBar).toContainText('Version 0.1.0');
    expect(errors).toEqual([]);
  });

  const languages = [
    { nativeName: 'Nederlands', lang: 'nl-BE', cases: 'Dossiers', settings: 'Instellingen', language: 'Taal' },
    { nativeName: 'Français', lang: 'fr-BE', cases: 'Dossiers', settings: 'Paramètres', language: 'Langue' },
    { nativeName: 'Shqip', lang: 'sq-AL', cases: 'Rastet', settings: 'Cilësimet', language: 'Gjuha' },
    { nativeName: 'English', lang: 'en-GB', cases: 'Cases', settings: 'Settings', language: 'Language' },
  ];

  test('the language switcher turns the whole frame into each of the four languages, without reload', async ({ page }) => {
    const frame = new AppFramePage(page);
    await frame.open('/settings');
    const navigationMark = await page.evaluate(() => {
      const mark = Math.random().toString(36);
      Reflect.set(window, '__noReloadMark', mark);
      return mark;
    });
    for (const language of languages) {
      await frame.chooseLanguage(language.nativeName);
      await expect(frame.navigation.getByRole('link', { name: language.cases, exact: true })).toBeVisible();
      await expect(frame.navigation.getByRole('link', { name: language.settings, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: language.settings })).toBeVisible();
      await expect(page.getByRole('combobox', { name: language.language })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    }
    expect(await page.evaluate(() => Reflect.get(window, '__noReloadMark'))).toBe(navigationMark);
  });

  test('the chosen language is kept after a restart', async ({ page }) => {
    const frame = new AppFramePage(page);
    await frame.open('/cases');
    await frame.chooseLanguage('Français');
    await reloadSignedIn(page);
    await expect(frame.navigation.getByRole('link', { name: 'Paramètres', exact: true })).toBeVisible();
  });

  test('the browser adapter saves a file as a download with the given bytes', async ({ page }) => {
    const frame = new AppFramePage(page);
    await frame.open('/settings');
    const bytes = [0, 1, 2, 250, 255, 10, 13];
    const downloadPromise = page.waitForEvent('download');
    const result = await page.evaluate(async (content) => {
      const host = Reflect.get(window, 'ercms') as { saveFile: (request: unknown) => Promise<unknown> };
      return host.saveFile({ suggestedName: 'sample.bin', contentType: 'application/octet-stream', content: new Uint8Array(content) });
    }, bytes);
    const download = await downloadPromise;
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: 'sample.bin' } });
    expect(download.suggestedFilename()).toBe('sample.bin');
    const saved = await readFile(await download.path());
    expect([...saved]).toEqual(bytes);
  });

  test('a bad save request is refused by the browser adapter with the zod message, and nothing is downloaded', async ({ page }) => {
    const frame = new AppFramePage(page);
    await frame.open('/settings');
    let downloads = 0;
    page.on('download', () => downloads++);
    const result = await page.evaluate(() => {
      const host = Reflect.get(window, 'ercms') as { saveFile: (request: unknown) => Promise<unknown> };
      return host.saveFile({ suggestedName: '../../evil.sh', contentType: 'text/plain', content: 'x' });
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'The file name must not contain a folder' } });
    expect(downloads).toBe(0);
  });

  test('settings saves a diagnostics file through the host', async ({ page }) => {
    const frame = new AppFramePage(page);
    await frame.open('/settings');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save diagnostics file' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('ercms-diagnostics.json');
    const diagnostics: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(diagnostics).toMatchObject({ format: 'ercms-diagnostics/1', shell: 'browser', version: '0.1.0', uiLanguage: 'en' });
    await expect(page.getByText('File saved: ercms-diagnostics.json')).toBeVisible();
  });
});
