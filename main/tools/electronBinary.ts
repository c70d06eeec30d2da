import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinaryStatus = { present: true; path: string } | { present: false; reason: string };

const require = createRequire(import.meta.url);

function electronPackageDir(): string | undefined {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * Whether Electron's executable is on this machine. The `electron` package fetches its
 * binary on first start (Electron 41+), from the network; ELECTRON_OVERRIDE_DIST_PATH
 * points at an unpacked Electron instead.
 */
export function electronBinaryStatus(): ElectronBinaryStatus {
  const packageDir = electronPackageDir();
  if (!packageDir) return { present: false, reason: 'the electron package is not installed (run npm install)' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative ?? 'electron');
    return existsSync(candidate)
      ? { present: true, path: candidate }
      : { present: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable at ${candidate}` };
  }
  if (relative) {
    const candidate = join(packageDir, 'dist', relative);
    if (existsSync(candidate)) return { present: true, path: candidate };
  }
  return { present: false, reason: 'the Electron binary has not been downloaded' };
}

/** Tries once to fetch Electron's binary through the electron package's own installer. */
export function tryFetchElectronBinary(timeoutMs: number): ElectronBinaryStatus {
  const packageDir = electronPackageDir();
  if (!packageDir) return electronBinaryStatus();
  spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: timeoutMs,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  return electronBinaryStatus();
}

export const electronBinaryHelp =
  'On a machine with internet access, `npm install && npm start` downloads Electron on first start; or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron of the version in package.json.';
