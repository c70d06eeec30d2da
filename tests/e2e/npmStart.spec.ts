import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { electronBinaryStatus } from '../../main/tools/electronBinary';
import { collectConsoleErrors } from './consoleErrors';
import { AppFramePage } from './pages/AppFramePage';
import { LoginPage } from './pages/LoginPage';

const root = join(import.meta.dirname, '..', '..');

/** Waits for the first http://127.0.0.1 URL the process prints. */
function urlPrintedBy(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`No URL printed within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

test('npm start prints a URL within 60 s that serves the first screen without console errors', async ({ page }) => {
  test.setTimeout(120_000);
  // Where Electron is installed, npm start opens the desktop window instead; browser mode is then asked for explicitly.
  const args = electronBinaryStatus().present ? ['start', '--', '--browser'] : ['start'];
  const child = spawn('npm', args, { cwd: root, env: { ...process.env, PORT: '4391' }, detached: true });
  try {
    const url = await urlPrintedBy(child, 60_000);
    const errors = collectConsoleErrors(page);
    const frame = new AppFramePage(page);
    await page.goto(url);
    // The first screen of a fresh installation asks for the administrator account.
    await new LoginPage(page).createAdministrator();
    await expect(frame.navigation).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Cases' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
});
