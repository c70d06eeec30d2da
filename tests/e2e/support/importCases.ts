import type { Page } from '@playwright/test';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { CaseFile } from '../../../shared/model/caseFile';
import { rememberedPassword } from './signedInNavigation';

let built: Promise<string> | undefined;

/** Bundles importCasesEntry.ts (the store) into one classic script, once per test run. */
function importScript(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ercms-e2e-import-'));
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
          entry: fileURLToPath(new URL('./importCasesEntry.ts', import.meta.url)),
          formats: ['iife'],
          name: 'ErcmsE2eImport',
          fileName: () => 'import.js',
        },
      },
    });
    return readFile(join(outDir, 'import.js'), 'utf8');
  })();
  return built;
}

interface ImportWindow {
  ercmsE2eImportCases?: (caseFiles: CaseFile[], password?: string) => Promise<number>;
}

/**
 * Stores `caseFiles` in the production workspace through the store's audited bulk import, as
 * the account signed in on `page` (which must show the app). Returns how many were stored.
 */
export async function importCasesThroughStore(page: Page, caseFiles: readonly CaseFile[]): Promise<number> {
  const script = await importScript();
  // Served from the app's own origin (a routed URL): the CSP (script-src 'self') refuses inline scripts.
  await page.route('**/__e2e__/import.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.addScriptTag({ url: '/__e2e__/import.js' });
  return page.evaluate(
    async ({ cases, password }) => {
      const importCases = (window as ImportWindow).ercmsE2eImportCases;
      if (!importCases) throw new Error('The import script was not loaded');
      return importCases(cases, password);
    },
    { cases: [...caseFiles], password: rememberedPassword(page) },
  );
}
