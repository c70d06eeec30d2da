import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let built: Promise<string> | undefined;

/**
 * Bundles seedCasesEntry.ts (the store + the benchmark's case generator) into one classic
 * script, once per test run, and returns its source for `page.addScriptTag({ content })`.
 */
export function seedScript(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ercms-e2e-seed-'));
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'chrome130',
        minify: true,
        reportCompressedSize: false,
        lib: { entry: fileURLToPath(new URL('./seedCasesEntry.ts', import.meta.url)), formats: ['iife'], name: 'ErcmsE2eSeed', fileName: () => 'seed.js' },
      },
    });
    return readFile(join(outDir, 'seed.js'), 'utf8');
  })();
  return built;
}
