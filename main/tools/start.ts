/**
 * `npm start`: runs eRCMS Desktop in Electron when Electron's binary is installed or can
 * be fetched; otherwise builds the renderer and serves it on 127.0.0.1 (browser mode),
 * where it runs through the same HostApi, implemented by the browser adapter.
 * `npm start -- --browser` (or `npm run preview`) forces browser mode.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { electronBinaryHelp, electronBinaryStatus, tryFetchElectronBinary } from './electronBinary.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererConfigFile = join(root, 'renderer', 'vite.config.ts');
const forceBrowser = process.argv.includes('--browser') || process.env.ERCMS_BROWSER_MODE === '1';
const port = Number(process.env.PORT ?? 4173);

async function startElectron(): Promise<void> {
  console.log('Starting eRCMS Desktop in Electron…');
  const child = spawn('npx', ['electron-vite', 'preview'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startBrowserMode(reason: string | undefined): Promise<void> {
  console.log('Building the renderer…');
  await build({ configFile: rendererConfigFile, logLevel: 'warn' });
  const server = await preview({ configFile: rendererConfigFile, preview: { host: '127.0.0.1', port, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log('');
  if (reason) console.log(`eRCMS Desktop runs in BROWSER MODE because ${reason}.`);
  else console.log('eRCMS Desktop runs in BROWSER MODE (requested).');
  console.log(`Open ${url} in Chromium or Chrome. Data stays in this browser's IndexedDB for that address.`);
  if (reason) console.log(electronBinaryHelp);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  if (forceBrowser) return startBrowserMode(undefined);
  let status = electronBinaryStatus();
  if (!status.present) {
    console.log('The Electron binary is not installed; trying to fetch it…');
    status = tryFetchElectronBinary(30_000);
  }
  if (status.present) return startElectron();
  return startBrowserMode(`the Electron binary is absent (${status.reason}; it could not be fetched from this machine)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
