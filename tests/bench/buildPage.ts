import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: false,
      minify: process.env.BENCH_MINIFY !== '0',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000,
    },
  });
  return outDir;
}

/**
 * Builds the app's renderer (renderer/vite.config.ts, the build the end-to-end tests and
 * browser mode serve) into a temporary folder of its own, through ERCMS_RENDERER_OUT_DIR,
 * so it never overwrites another run's out/renderer*.
 */
export async function buildRenderer(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'ercms-bench-renderer-'));
  const before = process.env.ERCMS_RENDERER_OUT_DIR;
  process.env.ERCMS_RENDERER_OUT_DIR = outDir;
  try {
    await build({
      configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)),
      logLevel: 'warn',
      build: { reportCompressedSize: false },
    });
  } finally {
    if (before === undefined) delete process.env.ERCMS_RENDERER_OUT_DIR;
    else process.env.ERCMS_RENDERER_OUT_DIR = before;
  }
  return outDir;
}
