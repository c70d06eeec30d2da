/**
 * `npm test`: every check a change must pass, in order, on a fresh machine.
 * typecheck (in the background, beside the next three) → lint → format check (Prettier) → Electron security scan → unit tests
 * (vitest) → end-to-end tests (Playwright in Chromium, two workers) → Electron tests
 * (skipped with a reason where Electron's binary is absent). Finds Chromium first, and
 * installs Debian's package when none is found and this runs as root with apt. Ends with
 * one summary line of passed, failed and skipped tests. Scale runs (the case list at
 * 100,000 cases) are `npm run test:scale` and `npm run bench`, not part of this.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './support/chromium.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${seconds} s)`);
  return ok;
}

/**
 * A step started in the background, its output held until it is awaited: the typecheck
 * (one core, about a minute) runs beside lint and the format check on the machine's two cores.
 */
function backgroundStep(title: string, command: string, args: string[]): () => Promise<boolean> {
  const started = Date.now();
  const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const exit = new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  return async () => {
    const code = await exit;
    console.log(`\n▶ ${title} (in the background): ${command} ${args.join(' ')}`);
    process.stdout.write(Buffer.concat(output));
    const ok = code === 0;
    console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return ok;
  };
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No Chromium found: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium or Chrome executable), then `npm test` again.');
  process.exit(1);
}

function addVitest(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywright(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
}

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);

const npx = 'npx';
const failures: string[] = [];
const run = (title: string, command: string, args: string[], env?: NodeJS.ProcessEnv) => {
  if (!step(title, command, args, env)) failures.push(title);
};

const typecheck = backgroundStep('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('format check', 'npm', ['run', '--silent', 'format:check']);
if (existsSync(join(root, 'main/tools/securityScan.ts'))) run('Electron security scan', 'npm', ['run', '--silent', 'security']);
if (!(await typecheck())) failures.push('typecheck');

const vitestReport = join(resultsDir, 'vitest.json');
run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`]);
addVitest(vitestReport);

const e2eReport = join(resultsDir, 'e2e.json');
run('end-to-end tests (Chromium)', npx, ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
});
addPlaywright(e2eReport);

if (existsSync(join(root, 'tests/electron/playwright.config.ts'))) {
  const electronReport = join(resultsDir, 'electron.json');
  run('Electron tests', npx, ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: electronReport,
  });
  addPlaywright(electronReport);
}

console.log('');
if (failures.length > 0) console.log(`Failed steps: ${failures.join(', ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
