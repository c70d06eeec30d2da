/**
 * `npm run security`: scans the Electron main process (main/) and the renderer's HTML
 * entry (renderer/index.html, for its Content-Security-Policy meta tag) with Doyensec's
 * electronegativity, then fails on any finding that is not in the documented allow-list
 * main/security/electronegativity-allowlist.json, and on any allow-list entry that no
 * longer matches a finding (so the list only ever shrinks to what is still true).
 *
 * Offline by design: electronegativity fetches translations and Electron's release list
 * over the network; its HTTP client is replaced by one that fails at once, and the one
 * check that needs the network is skipped (see the allow-list file for why).
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const allowListFile = path.join(root, 'main', 'security', 'electronegativity-allowlist.json');
/** What is scanned, relative to the repository root. */
const scannedPaths = ['main', 'renderer/index.html'];

const AllowListSchema = z
  .object({
    about: z.string(),
    skippedChecks: z.array(z.object({ check: z.string().min(1), justification: z.string().min(20) }).strict()),
    findings: z.array(z.object({ check: z.string().min(1), file: z.string().min(1), justification: z.string().min(20) }).strict()),
  })
  .strict();

/** The part of an electronegativity issue this script reads. */
const FindingSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }).partial().optional(),
  description: z.string().optional(),
  severity: z.object({ name: z.string() }).optional(),
  confidence: z.object({ name: z.string() }).optional(),
  manualReview: z.boolean().optional(),
  shortenedURL: z.string().optional(),
});
type Finding = z.infer<typeof FindingSchema>;

const ScanResultSchema = z.object({
  issues: z.array(FindingSchema),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  atomicChecks: z.number(),
  globalChecks: z.number(),
});

const require = createRequire(import.meta.url);

/** Makes every HTTP request of the scanner fail immediately instead of waiting on a dead network. */
function keepScannerOffline(scannerEntry: string): void {
  const gotPath = createRequire(scannerEntry).resolve('got');
  const offline = (): Promise<never> => Promise.reject(new Error('electronegativity runs offline here'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { head: offline, get: offline, default: offline });
  require.cache[gotPath] = stub;
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<unknown>;

async function scan(input: string, skippedChecks: string[]): Promise<z.infer<typeof ScanResultSchema>> {
  const scannerEntry = require.resolve('@doyensec/electronegativity');
  keepScannerOffline(scannerEntry);
  const electronVersion = (JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const run = require(scannerEntry) as Runner;
  // The scanner reports progress and translation misses on console.log; keep the output to our report.
  const log = console.log;
  console.log = () => undefined;
  try {
    const result = await run(
      {
        input,
        isRelative: true,
        isVerbose: false,
        customScan: [],
        excludeFromScan: skippedChecks.map((check) => check.toLowerCase()),
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    return ScanResultSchema.parse(result);
  } finally {
    console.log = log;
  }
}

const normalise = (file: string): string => file.split(path.sep).join('/').replace(/^\.\//, '');

function describe(finding: Finding): string {
  const where = finding.location?.line === undefined ? finding.file : `${finding.file}:${finding.location.line}`;
  const level = [finding.severity?.name, finding.confidence?.name].filter(Boolean).join('/');
  return `${finding.id} ${where}${level ? ` [${level}]` : ''}${finding.description ? `: ${finding.description}` : ''}${finding.shortenedURL ? ` (${finding.shortenedURL})` : ''}`;
}

async function main(): Promise<number> {
  const allowList = AllowListSchema.parse(JSON.parse(await readFile(allowListFile, 'utf8')));

  // electronegativity takes one input folder: stage what is scanned in a temporary copy
  // that keeps the repository's relative paths (main/…, renderer/index.html).
  const staging = await mkdtemp(path.join(tmpdir(), 'ercms-electronegativity-'));
  let result: z.infer<typeof ScanResultSchema>;
  try {
    for (const scanned of scannedPaths) await cp(path.join(root, scanned), path.join(staging, scanned), { recursive: true });
    result = await scan(
      staging,
      allowList.skippedChecks.map((entry) => entry.check),
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }

  const findings = result.issues.map((finding) => ({ ...finding, file: normalise(finding.file) }));
  const used = new Set<number>();
  const unexpected: Finding[] = [];
  const allowed: Finding[] = [];
  for (const finding of findings) {
    const index = allowList.findings.findIndex((entry) => entry.check === finding.id && entry.file === finding.file);
    if (index === -1) unexpected.push(finding);
    else {
      used.add(index);
      allowed.push(finding);
    }
  }
  const stale = allowList.findings.filter((_entry, index) => !used.has(index));
  const parseErrors = result.errors.filter((error) => !error.tolerable);

  console.log(`electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${scannedPaths.join(', ')}`);
  for (const skipped of allowList.skippedChecks) console.log(`  skipped ${skipped.check}: ${skipped.justification}`);
  for (const finding of allowed) console.log(`  allowed ${describe(finding)}`);
  for (const error of parseErrors) console.error(`  NOT SCANNED ${normalise(error.file)}: ${error.message}`);
  for (const finding of unexpected) console.error(`  FINDING ${describe(finding)}`);
  for (const entry of stale) console.error(`  STALE allow-list entry ${entry.check} ${entry.file}: it matches no finding any more; remove it`);

  const failed = unexpected.length + stale.length + parseErrors.length;
  if (failed > 0) {
    console.error(
      `Security scan failed: ${unexpected.length} finding(s) to fix (or justify in ${path.relative(root, allowListFile)}), ${stale.length} stale allow-list entr(ies), ${parseErrors.length} unparsed file(s).`,
    );
    return 1;
  }
  console.log(`Security scan passed: ${findings.length} finding(s), all justified in ${path.relative(root, allowListFile)}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
