/**
 * `npx tsx tests/bench/resultsTable.ts [bench-results.json]`: prints the figures of a
 * benchmark run as the Markdown table README.md and tests/bench/README.md show (one row
 * per operation, one app / raw / met group per size), with the run's machine line, so the
 * READMEs are refreshed by pasting, not by hand.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ResultSchema = z.object({
  operation: z.string(),
  cases: z.number(),
  app_ms: z.number(),
  raw_ms: z.number().nullable(),
  ratio: z.number().nullable(),
  goal: z.string(),
  met: z.boolean().nullable(),
  app_per_s: z.number().optional(),
  raw_per_s: z.number().optional(),
  page_mb: z.number().optional(),
  longest_task_ms: z.number().optional(),
  long_tasks_over_200ms: z.number().optional(),
  heap_mb: z.number().optional(),
  scenario_cases: z.number().optional(),
  repetitions: z.number(),
  grown_from: z.number().optional(),
  error: z.string().optional(),
});

const BenchFileSchema = z.object({
  machine: z.object({
    cpu: z.string(),
    cores: z.number(),
    memory_gb: z.number(),
    os: z.string(),
    node: z.string(),
    date: z.string(),
    commit: z.string().optional(),
    load_average: z.object({ start: z.array(z.number()), end: z.array(z.number()) }).optional(),
    duration_s: z.number().optional(),
  }),
  chromium: z.string(),
  results: z.array(ResultSchema),
});

export type BenchFile = z.infer<typeof BenchFileSchema>;
type Result = z.infer<typeof ResultSchema>;

/** Readable names and goals of the operations, in the order of the table. */
const rows: { match: (operation: string) => boolean; label: string; goal: string }[] = [
  { match: (op) => op.startsWith('bulk-seed'), label: 'bulk seed (batches of a tenth of the size)', goal: 'app ≥ 70 % of raw' },
  { match: (op) => op === 'page-memory-after-seed', label: 'page JS heap after seeding', goal: '< 300 MB' },
  { match: (op) => op === 'open-and-first-page-50-by-updatedAt', label: 'open + first page of 50 by updatedAt', goal: '≤ 2× raw, < 50 ms' },
  { match: (op) => /^page-\d+-by-key$/.test(op), label: 'deep page by key (page 100 / 1,000)', goal: '≤ 2× raw, < 50 ms' },
  { match: (op) => op === 'name-prefix-search-50', label: 'name prefix search (50)', goal: '≤ 2× raw, < 50 ms' },
  { match: (op) => op === 'document-number-lookup', label: 'document number lookup', goal: '≤ 2× raw, < 50 ms' },
  { match: (op) => op === 'filter-stage-nationality-page-50', label: 'filter stage + nationality (50)', goal: '≤ 2× raw, < 50 ms' },
  { match: (op) => op === 'workflow-action-with-audit-event', label: 'workflow action + audit event', goal: 'app < 15 ms' },
  { match: (op) => op === 'full-backup-to-blob', label: 'full backup to a Blob', goal: 'none' },
  { match: (op) => op === 'encryption-cost-indexFields', label: 'encryption cost: index fields of a row (ms / 1,000 cases, for scale)', goal: 'none' },
  { match: (op) => op === 'encryption-cost-tokens', label: 'encryption cost: search tokens, cold cache (ms / 1,000 cases)', goal: 'none' },
  { match: (op) => op === 'encryption-cost-seal', label: 'encryption cost: sealing the case file (ms / 1,000 cases)', goal: 'none' },
  { match: (op) => op === 'encryption-cost-open', label: 'encryption cost: opening the case file (ms / 1,000 cases)', goal: 'none' },
  { match: (op) => op === 'restore-from-backup-into-empty-workspace', label: 'restore into an empty workspace', goal: 'none' },
  { match: (op) => op === 'restore-passphrase-key-derivation', label: 'restore: passphrase → key (PBKDF2, not in the restore above)', goal: 'none' },
  { match: (op) => op.endsWith('-failed'), label: 'an app screen that failed (its error: bench-results.json)', goal: 'completes' },
  { match: (op) => op === 'case-list-first-row', label: 'case list UI: click → first row', goal: '< 200 ms' },
  { match: (op) => op === 'case-list-search-results', label: 'case list UI: search → results shown', goal: '< 100 ms' },
  {
    match: (op) => op === 'reports-dashboard-computed',
    label: 'reports: Cases → dashboard of every case shown',
    goal: 'no main-thread task > 200 ms, heap < 1 GB',
  },
  {
    match: (op) => op === 'export-csv-all-cases',
    label: 'CSV export of every case (Reports → Export, worker, both files saved)',
    goal: '< 10 s, no main-thread task > 200 ms, heap < 1 GB',
  },
  {
    match: (op) => op === 'export-xlsx-all-cases',
    label: 'XLSX export of every case (Reports → Export, worker, both files saved)',
    goal: '< 60 s, no main-thread task > 200 ms, heap < 1 GB',
  },
  { match: (op) => op === 'training-reset-scenarios', label: 'training: reset of every shipped scenario', goal: '< 5 s' },
  {
    match: (op) => op === 'training-caseload-seed',
    label: 'training: generated caseload of the size, through the generator screen',
    goal: 'app ≥ 70 % of the store seed’s raw rate',
  },
];

const thousands = (value: number) => Math.round(value).toLocaleString('en-GB');

function time(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms.toFixed(1)} ms`;
}

function appCell(result: Result): string {
  if (result.page_mb !== undefined) return `${result.page_mb} MB`;
  // Watched while running (exports, dashboard, generated caseload): the longest main-thread task and the peak heap too.
  const watched =
    result.longest_task_ms !== undefined && result.heap_mb !== undefined ? ` (longest task ${time(result.longest_task_ms)}, heap ${result.heap_mb} MB)` : '';
  const scenarioCases = result.scenario_cases !== undefined ? ` (${result.scenario_cases} cases)` : '';
  if (result.app_per_s !== undefined) return `${thousands(result.app_per_s)}/s${watched}`;
  return `${time(result.app_ms)}${watched}${scenarioCases}`;
}

function rawCell(result: Result): string {
  if (result.raw_per_s !== undefined) return `${thousands(result.raw_per_s)}/s`;
  return result.raw_ms === null ? '–' : time(result.raw_ms);
}

function metCell(result: Result): string {
  const repetitions = result.operation.startsWith('bulk-seed')
    ? `${result.repetitions} batches${result.grown_from ? ` from ${thousands(result.grown_from)}` : ''}`
    : `${result.repetitions}×`;
  const met = result.met === null ? '–' : result.met ? 'yes' : '**no**';
  // Throughput (seed): the share of the raw rate the goal is about; timings: app / raw.
  const ratio =
    result.app_per_s !== undefined && result.raw_per_s !== undefined
      ? `${Math.round((result.app_per_s / result.raw_per_s) * 100)} % of raw, `
      : result.ratio === null
        ? ''
        : `ratio ${result.ratio.toFixed(2)}, `;
  return `${met} (${ratio}${repetitions})`;
}

/** The Markdown table: one row per operation, app / raw / met (repetitions) per size. */
export function markdownTable(file: BenchFile): string {
  const sizes = [...new Set(file.results.map((result) => result.cases))].sort((a, b) => a - b);
  const header = ['operation', 'goal', ...sizes.flatMap((size) => [`app @ ${thousands(size)}`, `raw @ ${thousands(size)}`, `met @ ${thousands(size)}`])];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, index) => (index < 2 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    const found = sizes.map((size) => file.results.find((result) => result.cases === size && row.match(result.operation)));
    if (found.every((result) => result === undefined)) continue;
    const cells = found.flatMap((result) => (result ? [appCell(result), rawCell(result), metCell(result)] : ['', '', '']));
    lines.push(`| ${[row.label, row.goal, ...cells].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** One line naming the machine, the browser, the date, the commit, the run time and the load. */
export function machineLine(file: BenchFile): string {
  const { machine } = file;
  const load = machine.load_average
    ? `, load average ${machine.load_average.start.map((value) => value.toFixed(2)).join(' / ')} at the start and ${machine.load_average.end.map((value) => value.toFixed(2)).join(' / ')} at the end (1 / 5 / 15 min)`
    : '';
  const duration = machine.duration_s !== undefined ? `, whole run ${Math.floor(machine.duration_s / 60)} min ${Math.round(machine.duration_s % 60)} s` : '';
  const commit = machine.commit ? `, commit ${machine.commit}` : '';
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB, ${machine.os}, Node ${machine.node}, ${file.chromium}; run of ${machine.date}${commit}${duration}${load}.`;
}

async function main(): Promise<void> {
  const path = process.argv[2] ?? fileURLToPath(new URL('../../bench-results.json', import.meta.url));
  const file = BenchFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  console.log(machineLine(file));
  console.log('');
  console.log(markdownTable(file));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
