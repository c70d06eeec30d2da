import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, requireChromium } from '../support/chromium';

const port = Number(process.env.E2E_PORT ?? 4317);
/** Each port builds and reports in folders of its own, so runs on different ports never collide. */
const runName = port === 4317 ? '' : `-${port}`;
/**
 * Two workers by default: every test gets a fresh browser context (its own IndexedDB and
 * localStorage), and the files that keep one page for several tests are `describe.serial`,
 * which Playwright keeps in one worker. E2E_WORKERS=1 (or --workers 1) runs them one by one.
 */
const workers = Number(process.env.E2E_WORKERS ?? 2);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** End-to-end tests: the built renderer in browser mode, in a real Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `../../test-results/e2e${runName}`,
  fullyParallel: true,
  workers,
  retries: 0,
  // Two workers share the two cores: a test gets about half the CPU it had alone (the
  // readmission walk took 57 s alone and passed 60 s beside another worker under load).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: requireChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `npx vite build --config renderer/vite.config.ts --logLevel warn && npx vite preview --config renderer/vite.config.ts --port ${port} --strictPort`,
    cwd: '../..',
    // Never out/renderer itself: npmStart.spec runs `npm start`, which rebuilds that folder
    // while tests in the other worker load the app from this one.
    env: { ERCMS_RENDERER_OUT_DIR: `${repoRoot}out/renderer-e2e${runName}` },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
