import type { Page } from '@playwright/test';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { PreviousVersionStore, PreviousVersionStoreOptions } from './previousVersionStoreEntry';

let built: Promise<string> | undefined;

/** Bundles previousVersionStoreEntry.ts (the store + the benchmark's case generator) into one classic script, once per run. */
function previousVersionScript(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ercms-e2e-previous-'));
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'chrome130',
        minify: true,
        reportCompressedSize: false,
        lib: {
          entry: fileURLToPath(new URL('./previousVersionStoreEntry.ts', import.meta.url)),
          formats: ['iife'],
          name: 'ErcmsE2ePreviousVersion',
          fileName: () => 'previous-version.js',
        },
      },
    });
    return readFile(join(outDir, 'previous-version.js'), 'utf8');
  })();
  return built;
}

interface PreviousVersionWindow {
  ercmsE2eWritePreviousVersionStore?: (options: PreviousVersionStoreOptions) => Promise<PreviousVersionStore>;
}

/**
 * Writes the production store of the previous version (every row in clear, see
 * previousVersionStoreEntry.ts) in `page`'s browser profile: from a bare page served on the
 * app's origin (so the database is the app's), where the app never runs and so never opens
 * the database at the current schema. Returns what raw IndexedDB holds afterwards.
 */
export async function writePreviousVersionStore(page: Page, baseURL: string, options: PreviousVersionStoreOptions): Promise<PreviousVersionStore> {
  const script = await previousVersionScript();
  await page.route('**/__e2e__/previous-version.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script }));
  await page.route('**/__e2e__/previous-version.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><meta charset="utf-8"><title>previous version</title><script src="/__e2e__/previous-version.js"></script>',
    }),
  );
  await page.goto(new URL('/__e2e__/previous-version.html', baseURL).toString());
  return page.evaluate(async (given) => {
    const write = (window as PreviousVersionWindow).ercmsE2eWritePreviousVersionStore;
    if (!write) throw new Error('The previous-version script was not loaded');
    return write(given);
  }, options);
}
