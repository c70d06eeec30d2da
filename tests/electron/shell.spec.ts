import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { HostApi } from '../../shared/ipc';
import { electronEnvironment } from './electronEnvironment';
import { launchApp } from './launchApp';

type WindowWithHost = Window & { ercms?: HostApi; require?: unknown; process?: unknown };
type MainGlobal = typeof globalThis & { ercmsTestNavigation?: Promise<string> };

const environment = electronEnvironment();

test.describe('Electron shell', () => {
  test.skip(!environment.ready, environment.ready ? '' : environment.reason);

  let app: ElectronApplication;
  let mainPage: Page;

  test.beforeAll(async () => {
    if (!environment.ready) return;
    ({ app, window: mainPage } = await launchApp(environment.executablePath));
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('starts with one window showing the app from app://ercms', async () => {
    expect(app.windows()).toHaveLength(1);
    expect(mainPage.url()).toMatch(/^app:\/\/ercms\//);
    expect(await mainPage.evaluate(() => window.location.origin)).toBe('app://ercms');
    await expect(mainPage).toHaveTitle(/eRCMS/);
    await expect(mainPage.locator('#root')).not.toBeEmpty();
  });

  test('runs the page with the hardened webPreferences', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      // Undocumented but long-standing: the preferences the renderer was created with.
      const read = (contents as unknown as { getLastWebPreferences?: () => Record<string, unknown> } | undefined)?.getLastWebPreferences;
      if (contents === undefined || typeof read !== 'function') return null;
      const all = read.call(contents);
      return {
        contextIsolation: all['contextIsolation'],
        sandbox: all['sandbox'],
        nodeIntegration: all['nodeIntegration'],
        nodeIntegrationInSubFrames: all['nodeIntegrationInSubFrames'],
        webSecurity: all['webSecurity'],
        webviewTag: all['webviewTag'],
        allowRunningInsecureContent: all['allowRunningInsecureContent'],
      };
    });
    expect(preferences, 'webContents.getLastWebPreferences() is not available in this Electron').not.toBeNull();
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });

    // And what the page can see: the HostApi and nothing of Node or Electron.
    const visible = await mainPage.evaluate(() => {
      const w = window as WindowWithHost;
      return {
        hostApi: Object.keys(w.ercms ?? {}).sort(),
        require: typeof w.require,
        process: typeof w.process,
        webview: document.createElement('webview') instanceof HTMLUnknownElement,
      };
    });
    expect(visible).toEqual({
      hostApi: ['appInfo', 'openFile', 'printToPdf', 'readAuditAnchor', 'saveFile', 'sealAuditAnchor', 'sealDataKeyWrap', 'unsealDataKeyWrap'],
      require: 'undefined',
      process: 'undefined',
      webview: true,
    });
  });

  test('serves app:// with the Content-Security-Policy, GET only, no traversal', async () => {
    const responses = await mainPage.evaluate(async () => {
      const index = await fetch('/index.html');
      const route = await fetch('/cases/42');
      const traversal = await fetch('/%2e%2e%2f%2e%2e%2fpackage.json');
      const post = await fetch('/index.html', { method: 'POST', body: 'x' });
      return {
        csp: index.headers.get('content-security-policy'),
        routeIsIndex: (await route.text()) === (await index.text()),
        traversal: traversal.status,
        post: post.status,
      };
    });
    expect(responses.csp).toContain("script-src 'self'");
    expect(responses.csp).not.toContain('unsafe-eval');
    expect(responses.routeIsIndex).toBe(true);
    expect(responses.traversal).toBe(403);
    expect(responses.post).toBe(405);
  });

  test('refuses a navigation to an outside URL', async () => {
    // Listen in main first (awaited), then navigate, then collect what main saw.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      (globalThis as MainGlobal).ercmsTestNavigation = new Promise<string>((resolve) => {
        contents?.once('will-navigate', (event) => resolve(event.url));
      });
    });
    await mainPage.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    const attempted = await app.evaluate(() => (globalThis as MainGlobal).ercmsTestNavigation ?? Promise.resolve('no navigation seen'));
    expect(attempted).toBe('https://example.com/');
    // The page was not replaced: same origin, same document, still scriptable.
    expect(await mainPage.evaluate(() => window.location.origin)).toBe('app://ercms');
    expect(mainPage.url()).toMatch(/^app:\/\/ercms\//);
  });

  test('denies window.open', async () => {
    const opened = await mainPage.evaluate(() => ({
      outside: window.open('https://example.com/', '_blank') === null,
      inside: window.open('/cases', '_blank') === null,
    }));
    expect(opened).toEqual({ outside: true, inside: true });
    expect(app.windows()).toHaveLength(1);
  });

  test('answers IPC with a bad payload with a validation error, and a good one with a value', async () => {
    const invalid = await mainPage.evaluate(() => {
      const host = (window as WindowWithHost).ercms;
      if (host === undefined) throw new Error('window.ercms is missing');
      return host.saveFile({ suggestedName: '', contentType: 'text/plain', content: 'x' });
    });
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.error.code).toBe('invalid-request');
      expect(invalid.error.issues).toContainEqual({ path: 'suggestedName', message: 'A file name is required' });
    }

    const info = await mainPage.evaluate(() => (window as WindowWithHost).ercms?.appInfo({}));
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', platform: process.platform } });
  });
});
