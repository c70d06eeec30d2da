import { existsSync } from 'node:fs';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { builtMainEntry, repositoryRoot } from './electronEnvironment';

export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly window: Page;
}

/** Starts the built app as a user would (package.json "main"), without the dev server. */
export async function launchApp(executablePath: string): Promise<LaunchedApp> {
  if (!existsSync(builtMainEntry)) throw new Error('out/main/index.js is missing: run `npm run build` first.');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The dev-server URL would make the app load another origin; run-as-node would start Node, not the app.
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  const app = await _electron.launch({ executablePath, args: [repositoryRoot], cwd: repositoryRoot, env, timeout: 30_000 });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}
