import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromiumArgs, requireChromium } from '../../support/chromium';

/**
 * A Chromium on a persistent profile that the test can kill as a crash or a power cut would
 * (SIGKILL to its whole process group), which Playwright's own launch cannot do: a persistent
 * context has no `browser()` and no process id, and closing it shuts the browser down cleanly.
 * The browser is started here, in a process group of its own, and driven over CDP.
 */
export interface KillableChromium {
  context: BrowserContext;
  page: Page;
  /** SIGKILL to every process of the browser; resolves once the main process is gone. */
  kill(): Promise<void>;
}

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools endpoint in 30 s:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      // Kept draining after the endpoint is found: a full pipe would stall the browser.
      if (output.length > 20_000) return;
      output += chunk.toString();
      const found = DEVTOOLS_LINE.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${String(code)}) before it listened:\n${output}`));
    });
  });
}

export async function launchKillableChromium(profile: string): Promise<KillableChromium> {
  const child = spawn(requireChromium(), [...chromiumArgs, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const browser = await chromium.connectOverCDP(await devToolsEndpoint(child));
    const context = browser.contexts()[0];
    if (!context) throw new Error('The browser has no default context');
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      async kill() {
        // The whole group: the browser, its renderers and its storage and network services.
        if (child.exitCode === null && child.signalCode === null) process.kill(-pid, 'SIGKILL');
        await exited;
      },
    };
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) process.kill(-pid, 'SIGKILL');
    throw error;
  }
}
