import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility';
import { LoginPage } from './pages/LoginPage';

/**
 * Issue 13, point 8: browser mode as careful as Electron. The preview server (the browser
 * mode of `npm start`, and this suite's server) sends the Electron window's CSP with
 * `frame-ancestors 'none'` and X-Frame-Options; the app asks for persistent storage and
 * says so, discreetly and dismissably, when the browser refuses.
 */
test('the browser-mode server sends the CSP and anti-framing headers on every page', async ({ request }) => {
  for (const path of ['/', '/cases/00000000-0000-4000-8000-000000000000']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
  }
});

test('only the export worker’s script may compile WebAssembly; every other file keeps the pages’ policy', async ({ request }) => {
  const page = await (await request.get('/')).text();
  const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(page)?.[1];
  expect(entry).toBeDefined();
  const entryResponse = await request.get(entry ?? '');
  const entryPolicy = entryResponse.headers()['content-security-policy'] ?? '';
  expect(entryPolicy).toContain("script-src 'self';");
  expect(entryPolicy).not.toContain('unsafe-eval');
  // The export worker's file is named in the chunk that starts it: follow the chunks from the entry,
  // one request at a time (none may outlive the test: its request context is disposed after it).
  const seen = new Set<string>([entry ?? '']);
  const queue = [entry ?? ''];
  let worker: string | undefined;
  while (queue.length > 0 && !worker) {
    const text = await (await request.get(queue.shift() ?? '')).text();
    worker = /assets\/wasm-workers\/caseCsvExport\.worker-[\w-]+\.js/.exec(text)?.[0];
    for (const [path] of text.matchAll(/assets\/[\w.-]+\.js/g)) {
      if (seen.has(`/${path}`)) continue;
      seen.add(`/${path}`);
      queue.push(`/${path}`);
    }
  }
  expect(worker).toBeDefined();
  const workerResponse = await request.get(`/${worker ?? ''}`);
  expect(workerResponse.status()).toBe(200);
  const workerHeaders = workerResponse.headers();
  expect(workerHeaders['content-security-policy']).toBe(entryPolicy.replace("script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';"));
  expect(workerHeaders['x-frame-options']).toBe('DENY');
});

test('a page of another origin cannot frame the app', async ({ page, baseURL }) => {
  const framed = `<!doctype html><title>other site</title><iframe id="app" src="${baseURL ?? ''}/"></iframe>`;
  await page.route('http://other.example/', (route) => route.fulfill({ contentType: 'text/html', body: framed }));
  // goto waits for the load event, which waits for the frame too.
  await page.goto('http://other.example/');
  const [child] = page.mainFrame().childFrames();
  expect(child).toBeDefined();
  // Refused by frame-ancestors: Chromium shows its own error page in the frame, never the app's root.
  expect(await child?.locator('#root').count()).toBe(0);
});

test('when the browser refuses persistent storage, a dismissable notice says so', async ({ page }) => {
  test.setTimeout(150_000);
  // Chromium grants or refuses by its own heuristics (bookmarks, installation, use): the answer is fixed here to "refused".
  await page.addInitScript(() => {
    const calls: string[] = [];
    Reflect.set(window, '__persistCalls', calls);
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) });
    Object.defineProperty(navigator.storage, 'persist', {
      value: () => {
        calls.push('persist');
        return Promise.resolve(false);
      },
    });
  });
  const login = new LoginPage(page);
  await login.seedUsers([]);
  await login.signInAs('administrator');
  const notice = page.getByTestId('persistent-storage-notice');
  await expect(notice).toContainText('if the disk runs low, it may delete the cases stored here');
  expect(await page.evaluate(() => (Reflect.get(window, '__persistCalls') as string[]).length)).toBeGreaterThan(0);
  await expectNoSeriousViolations(page, 'the case list with the storage notice');
  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toBeHidden();
  // Remembered for this browser: it does not come back at every start.
  expect(await page.evaluate(() => localStorage.getItem('ercms.persistentStorageNotice.dismissed'))).toBe('1');
});
