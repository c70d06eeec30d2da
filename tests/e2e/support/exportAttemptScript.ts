import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let built: Promise<string> | undefined;

/** Bundles exportAttemptEntry.ts (the store's export API) into one classic script, once per test run. */
export function exportAttemptScript(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ercms-e2e-export-attempt-'));
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
          entry: fileURLToPath(new URL('./exportAttemptEntry.ts', import.meta.url)),
          formats: ['iife'],
          name: 'ErcmsE2eExportAttempt',
          fileName: () => 'export-attempt.js',
        },
      },
    });
    return readFile(join(outDir, 'export-attempt.js'), 'utf8');
  })();
  return built;
}
