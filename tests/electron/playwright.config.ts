import { defineConfig } from '@playwright/test';

/**
 * Electron tests: the built app (out/) launched with Playwright's `_electron`. They skip,
 * with the reason, where Electron's binary is absent (as on machines without internet).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  globalSetup: './globalSetup.ts',
  fullyParallel: false,
  // One app at a time: it holds a single-instance lock on its profile.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
