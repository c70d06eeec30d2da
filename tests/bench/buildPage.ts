import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds a small test page (an index.html with its module) with Vite into a temporary
 * folder. Used by the store benchmark and the store's end-to-end test, which need the
 * real renderer/src/db code in a real Chromium but none of the app's UI.
 */
export async function buildTestPage(pageFolder: string, name: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), `ercms-${name}-`));
  await build({
    configFile: false,
    root: pageFolder,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome130', sourcemap: false, minify: true, reportCompressedSize: false, chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}
