import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type UserConfig } from 'electron-vite';
import { loadConfigFromFile, type Plugin } from 'vite';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * electron-vite forces `base: './'` on production renderer builds. The renderer wants
 * absolute asset URLs (see renderer/vite.config.ts) so that deep links such as
 * app://ercms/cases/42 load their scripts; this puts its own base back.
 */
function keepRendererBase(base: string): Plugin {
  return { name: 'ercms:keep-renderer-base', config: () => ({ base }) };
}

export default defineConfig(async ({ command, mode }): Promise<UserConfig> => {
  // The renderer's own Vite config (also used by browser mode and the e2e tests) is the
  // single source of truth for the renderer build; it is loaded rather than imported
  // because it belongs to another TypeScript project than this file.
  const loaded = await loadConfigFromFile({ command, mode }, fromRoot('./renderer/vite.config.ts'));
  if (loaded === null) throw new Error('renderer/vite.config.ts is missing: the renderer build is defined there.');
  const rendererConfig = loaded.config;

  return {
    main: {
      build: {
        outDir: fromRoot('./out/main'),
        lib: { entry: fromRoot('./main/index.ts') },
        // Bundle zod and the rest: the packaged app then ships out/ and no node_modules.
        externalizeDeps: false,
      },
    },
    preload: {
      build: {
        outDir: fromRoot('./out/preload'),
        lib: { entry: fromRoot('./main/preload/index.ts') },
        // A sandboxed preload runs as one CommonJS script that may require only 'electron':
        // bundle everything into it, and emit CommonJS whatever package.json's "type" says.
        externalizeDeps: false,
        rolldownOptions: {
          output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
        },
      },
    },
    renderer: mergeConfig(rendererConfig, {
      plugins: [keepRendererBase(rendererConfig.base ?? '/')],
      build: {
        outDir: fromRoot('./out/renderer'),
        rolldownOptions: { input: fromRoot('./renderer/index.html') },
      },
    }),
  };
});
