import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds the Chromium the end-to-end tests and benchmarks drive: CHROMIUM_PATH, then the
 * system's chromium (Debian's package), then a browser Playwright installed itself.
 * Never downloads one: this project runs where only the npm registry and Debian's
 * packages are reachable.
 */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    ...onPath(['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']),
    '/usr/bin/chromium',
    playwrightOwnChromium(),
  ];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '' && isExecutable(candidate));
}

/** The flags this machine's Chromium needs: no sandbox as root, and no calls home on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function requireChromium(): string {
  const path = findChromium();
  if (!path)
    throw new Error("No Chromium found: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.");
  return path;
}

export function chromiumVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return 'unknown';
  }
}

function onPath(names: string[]): string[] {
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return names.flatMap((name) => folders.map((folder) => join(folder, name)));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightOwnChromium(): string | undefined {
  try {
    // Where Playwright's own browser would be, if someone installed one on this machine.
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
