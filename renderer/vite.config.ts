import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer's build, shared by the Electron build (electron.vite.config.ts) and the
 * browser mode of `npm start` and the end-to-end tests. `base: './'` keeps asset URLs
 * relative so the same build works under app:// and on http://127.0.0.1.
 */
export const rendererConfig = defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
});

export default rendererConfig;
