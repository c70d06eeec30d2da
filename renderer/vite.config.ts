import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
// A build file, not app code: the browser mode's server sends the Electron window's own headers.
import { securityHeadersFor, WEBASSEMBLY_WORKERS_PATH } from '../main/security/contentSecurityPolicy.ts';

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
 * Browser mode's server (`vite preview`) sends each response the headers app:// sends it
 * (main/protocol/appProtocol.ts): the pages' policy, or the WebAssembly workers' under their
 * folder. Static `preview.headers` would give every file the same policy.
 */
function appSecurityHeadersInPreview(): Plugin {
  return {
    name: 'ercms:app-security-headers-in-preview',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
        for (const [name, value] of Object.entries(securityHeadersFor(pathname))) response.setHeader(name, value);
        next();
      });
    },
  };
}

/** The export worker (it compiles libsodium's WebAssembly) is written under WEBASSEMBLY_WORKERS_PATH, the other workers beside the app's files. */
const WEBASSEMBLY_WORKERS = new Set(['caseCsvExport.worker']);

/**
 * The renderer's build, shared by the Electron build (electron.vite.config.ts) and the
 * browser mode of `npm start` and the end-to-end tests. Asset URLs are absolute from the
 * origin root, so deep links (app://ercms/cases/…, http://127.0.0.1:…/cases/…) load.
 */
export const rendererConfig = defineConfig({
  root: rendererRoot,
  base: '/',
  plugins: [react(), withoutCspInDevServer(), appSecurityHeadersInPreview()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    // ERCMS_RENDERER_OUT_DIR lets concurrent end-to-end runs (one port each) build apart.
    outDir: process.env.ERCMS_RENDERER_OUT_DIR ?? fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: (chunk) => (WEBASSEMBLY_WORKERS.has(chunk.name) ? `${WEBASSEMBLY_WORKERS_PATH.slice(1)}[name]-[hash].js` : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: false },
  // Browser mode (`npm start -- --browser`, the end-to-end tests): the CSP and anti-framing headers of app:// (appSecurityHeadersInPreview).
  preview: { host: '127.0.0.1' },
});

export default rendererConfig;
