import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const builtMainEntry = path.join(repositoryRoot, 'out', 'main', 'index.js');

export type ElectronEnvironment = { ready: true; executablePath: string } | { ready: false; reason: string };

const HOW_TO_GET_IT =
  'On a machine with internet access run `npx install-electron` (or `npm install` with network access, or start the app once: Electron 41+ fetches its binary on first start), or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron of the version in package.json';

/**
 * Whether these tests can launch Electron here. Found without `require('electron')`,
 * which would try to download the binary (and hang or fail offline).
 */
export function electronEnvironment(env: NodeJS.ProcessEnv = process.env): ElectronEnvironment {
  const packageDir = path.join(repositoryRoot, 'node_modules', 'electron');
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { ready: false, reason: `Electron binary not installed (the electron package is missing: run npm install). ${HOW_TO_GET_IT}.` };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relativeExecutable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const overrideDir = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const executablePath =
    overrideDir !== undefined && overrideDir !== ''
      ? path.join(overrideDir, relativeExecutable ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
      : relativeExecutable === undefined
        ? undefined
        : path.join(packageDir, 'dist', relativeExecutable);
  if (executablePath === undefined || !existsSync(executablePath)) {
    const looked = executablePath ?? path.join(packageDir, 'dist');
    return { ready: false, reason: `Electron binary not installed (nothing at ${path.relative(repositoryRoot, looked) || looked}). ${HOW_TO_GET_IT}.` };
  }
  if (process.platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY']) {
    return {
      ready: false,
      reason: 'Electron is installed but there is no display (DISPLAY/WAYLAND_DISPLAY unset): run the tests under `xvfb-run -a npm run test:electron`.',
    };
  }
  return { ready: true, executablePath };
}
