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
    // A trace records a screencast and a DOM snapshot of every step of every test, kept only
    // for failures: it took a third of the suite's CPU (intake.spec: 85 s with it, 52 s
    // without, on this machine's two cores). A failure prints its page's accessibility
    // snapshot anyway (error-context.md); E2E_TRACE=1 records traces to replay a failure.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    // As a user who asked the system for less motion: the theme then skips its transitions,
    // which otherwise repaint frame after frame while tests wait for a dialog to settle.
    reducedMotion: 'reduce',
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
