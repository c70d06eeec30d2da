import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, requireChromium } from '../support/chromium';

const port = Number(process.env.E2E_PORT ?? 4317);
/** Each port builds and reports in folders of its own, so runs on different ports never collide. */
const runName = port === 4317 ? '' : `-${port}`;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** End-to-end tests: the built renderer in browser mode, in a real Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `../../test-results/e2e${runName}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
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
    env: { ERCMS_RENDERER_OUT_DIR: `${repoRoot}out/renderer${runName}` },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
