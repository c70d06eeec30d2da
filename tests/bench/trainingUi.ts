/**
 * The training workspace as a trainer uses it (issue 16), in the built app:
 * - the reset: Training → "Load all scenarios", then "Reset the training workspace" → "Reset
 *   now", which runs resetTrainingScenarios (resetTrainingWorkspace: the training database
 *   deleted, every shipped scenario loaded again through the audited import). Timed from the
 *   click on "Reset now" to the notice; goal < 5 s.
 * - the generated caseload: "Generated caseload" with N cases, which runs useCaseloadSeeding
 *   (renderer/src/store/caseloadGenerator.worker.ts generates chunk by chunk, the page stores
 *   each through the audited import) with its progress bar. Timed from the click on "Generate"
 *   to the "stored" notice; its throughput is held against the store benchmark's seed goal
 *   (≥ 70 % of the raw baseline's rate in the same run).
 *
 * Precondition: `page` shows the app signed in as a trainer, in the training workspace.
 */
import type { Page } from '@playwright/test';
import type { WatchedResult } from './exportUi';
import { LONG_TASK_LIMIT_MS } from './exportUi';
import type { MainThreadWatch } from './mainThreadWatch';

export const RESET_GOAL_MS = 5000;

/** Clicks the button whose whole text is `name` (inside `scope`, a selector) and waits, in the page, for the training notice to match `done`. */
async function timeClickToNotice(page: Page, scope: string, name: string, done: RegExp, limitMs: number): Promise<number> {
  return page.evaluate(
    async ({ scopeSelector, buttonName, pattern, limit }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${scopeSelector} button`)].find(
        (candidate) => candidate.textContent?.trim() === buttonName,
      );
      if (!button) throw new Error(`No button "${buttonName}" in ${scopeSelector}`);
      const expected = new RegExp(pattern);
      const started = performance.now();
      button.click();
      // No named helper functions in here: tsx would wrap them in a __name() call the page lacks.
      for (;;) {
        const text = document.querySelector('[data-testid="training-notice"]')?.textContent ?? '';
        const generator = document.querySelector('[data-testid="caseload-generator"]')?.textContent ?? '';
        if (expected.test(text) || expected.test(generator)) break;
        if (/The action failed/.test(text) || /The action failed/.test(generator)) throw new Error(text || generator);
        if (performance.now() - started > limit) throw new Error(`"${buttonName}" did not finish within ${limit / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return performance.now() - started;
    },
    { scopeSelector: scope, buttonName: name, pattern: done.source, limit: limitMs },
  );
}

async function openTraining(page: Page): Promise<void> {
  await page.locator('nav a[href="/training"]').click();
  await page.getByTestId('scenario-albania-transfer-9-months').waitFor();
}

/** Loads every shipped scenario (untimed), so that the reset has them all to restore. */
async function loadAllScenarios(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load all scenarios', exact: true }).click();
  await page
    .getByTestId('training-notice')
    .filter({ hasText: /already in the workspace/ })
    .waitFor();
}

/** One reset: open the confirmation (untimed), then "Reset now" → the notice. Returns its time and the number of cases it loaded. */
async function resetOnce(page: Page): Promise<{ ms: number; cases: number }> {
  await loadAllScenarios(page);
  await page.getByRole('button', { name: 'Reset the training workspace', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset now', exact: true }).waitFor();
  const ms = await timeClickToNotice(page, '[role="dialog"]', 'Reset now', /Training workspace reset in/, 60_000);
  const text = (await page.getByTestId('training-notice').textContent()) ?? '';
  return { ms, cases: Number(/: (\d+) case\(s\) loaded/.exec(text)?.[1] ?? Number.NaN) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface TrainingResetResult {
  operation: 'training-reset-scenarios';
  cases: number;
  app_ms: number;
  goal: string;
  met: boolean;
  repetitions: number;
  /** How many scenario cases each reset loaded again. */
  scenario_cases: number;
}

/**
 * The reset of every shipped scenario, `repetitions` times (median). One untimed reset first:
 * it also clears what the previous size's generated caseload left in the training workspace.
 */
export async function measureTrainingReset(page: Page, cases: number, repetitions: number, log: (message: string) => void): Promise<TrainingResetResult> {
  await openTraining(page);
  const warmUp = await resetOnce(page);
  const times: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) times.push((await resetOnce(page)).ms);
  const ms = median(times);
  log(
    `  training reset of the ${warmUp.cases} scenario cases: median ${ms.toFixed(0)} ms (${times.map((time) => time.toFixed(0)).join(', ')}; first, untimed: ${warmUp.ms.toFixed(0)} ms)`,
  );
  return {
    operation: 'training-reset-scenarios',
    cases,
    app_ms: Number(ms.toFixed(1)),
    goal: `app_ms < ${RESET_GOAL_MS}`,
    met: ms < RESET_GOAL_MS,
    repetitions,
    scenario_cases: warmUp.cases,
  };
}

export interface CaseloadSeedResult extends Omit<WatchedResult, 'goal' | 'met'> {
  goal: string;
  met: boolean;
  app_per_s: number;
  raw_per_s: number;
  raw_ms: number;
  ratio: number;
}

/**
 * Seeds `cases` generated cases into the training workspace through the caseload generator
 * screen, after a reset (so none of them is there yet: the generator keeps a case whose id
 * is stored already). `rawPerS` is the raw baseline's seed rate of the same run and size.
 */
export async function measureCaseloadSeeding(
  page: Page,
  watch: MainThreadWatch,
  cases: number,
  rawPerS: number,
  log: (message: string) => void,
): Promise<CaseloadSeedResult> {
  await openTraining(page);
  const generator = page.getByTestId('caseload-generator');
  await generator.getByRole('textbox', { name: 'Number of cases' }).fill(String(cases));
  await watch.start();
  const ms = await timeClickToNotice(page, '[data-testid="caseload-generator"]', 'Generate', /case\(s\) stored in/, 3_600_000);
  const report = await watch.stop();
  const text = (await generator.getByRole('status').last().textContent()) ?? '';
  const stored = Number((/^([\d\s,.]+) case\(s\) stored/.exec(text)?.[1] ?? '').replace(/\D/g, ''));
  if (stored !== cases) throw new Error(`The caseload generator stored ${stored} of ${cases} cases: "${text}"`);
  const appPerS = (cases / ms) * 1000;
  const overLimit = report.longTasks.filter((task) => task > LONG_TASK_LIMIT_MS).length;
  log(
    `  training caseload of ${cases} generated cases: ${(ms / 1000).toFixed(1)} s, ${Math.round(appPerS)} cases/s (raw baseline ${Math.round(rawPerS)}/s: ${Math.round((appPerS / rawPerS) * 100)} %); ` +
      `longest main-thread task ${report.longestTaskMs} ms (${overLimit} over ${LONG_TASK_LIMIT_MS}); peak heap ${report.peakHeapMb} MB`,
  );
  const rawMs = (cases / rawPerS) * 1000;
  return {
    operation: 'training-caseload-seed',
    cases,
    app_ms: Number(ms.toFixed(1)),
    raw_ms: Number(rawMs.toFixed(1)),
    ratio: Number((ms / rawMs).toFixed(2)),
    goal: 'app_per_s >= 0.7 * raw_per_s',
    met: appPerS >= 0.7 * rawPerS,
    app_per_s: Math.round(appPerS),
    raw_per_s: Math.round(rawPerS),
    longest_task_ms: report.longestTaskMs,
    long_tasks_over_200ms: overLimit,
    heap_mb: report.peakHeapMb,
  };
}
