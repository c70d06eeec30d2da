import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
// A build file, not app code: the browser mode's server sends the Electron window's own headers.
import { appResponseSecurityHeaders } from '../main/security/contentSecurityPolicy.ts';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The Content-Security-Policy in index.html (script-src 'self') holds for every build.
 * The dev server alone injects inline scripts (React Fast Refresh), so it serves the page
 * without that meta tag; Electron's main process adds no CSP header in dev either.
 */
function withoutCspInDevServer(): Plugin {
  return {
    name: 'ercms:without-csp-in-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/**
 * The renderer's build, shared by the Electron build (electron.vite.config.ts) and the
 * browser mode of `npm start` and the end-to-end tests. Asset URLs are absolute from the
 * origin root, so deep links (app://ercms/cases/…, http://127.0.0.1:…/cases/…) load.
 */
export const rendererConfig = defineConfig({
  root: rendererRoot,
  base: '/',
  plugins: [react(), withoutCspInDevServer()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    // ERCMS_RENDERER_OUT_DIR lets concurrent end-to-end runs (one port each) build apart.
    outDir: process.env.ERCMS_RENDERER_OUT_DIR ?? fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', strictPort: false },
  // Browser mode (`npm start -- --browser`, the end-to-end tests): the CSP and anti-framing headers of app://.
  preview: { host: '127.0.0.1', headers: { ...appResponseSecurityHeaders } },
});

export default rendererConfig;
