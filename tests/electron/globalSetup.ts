import { spawnSync } from 'node:child_process';
import { electronEnvironment, repositoryRoot } from './electronEnvironment';

/** Builds main, preload and renderer (electron-vite) before the tests, but only when Electron can run here. */
export default function globalSetup(): void {
  const environment = electronEnvironment();
  if (!environment.ready) {
    console.log(`Electron tests will be skipped: ${environment.reason}`);
    return;
  }
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repositoryRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error('electron-vite build failed: the Electron tests need out/main, out/preload and out/renderer.');
}
