/**
 * The supervisors' dashboard as it opens, in the built app: Cases → Reports (client-side
 * navigation) until the figures of every case are shown, with the main thread's long tasks
 * and the heap watched meanwhile (mainThreadWatch.ts). The dashboard reads the whole
 * workspace to compute its figures, the step before a supervisor exports from it; issue 15
 * asks that the page stays responsive: no main-thread task over 200 ms.
 *
 * Precondition: `page` shows the app signed in as an account that may export (supervisor).
 */
import type { Page } from '@playwright/test';
import { HEAP_LIMIT_MB, LONG_TASK_LIMIT_MS, type WatchedResult } from './exportUi';
import type { MainThreadWatch } from './mainThreadWatch';
// Inside the open app (a new document would start locked: the key lives in the signed-in window's memory).
import { openSignedIn } from '../e2e/support/signedInNavigation';

export async function measureDashboard(page: Page, watch: MainThreadWatch, cases: number, log: (message: string) => void): Promise<WatchedResult> {
  await openSignedIn(page, '/cases');
  await page.locator('nav a[href="/reports"]').waitFor();
  await watch.start();
  const ms = await page.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('nav a[href="/reports"]');
    if (!link) throw new Error('No link to the Reports page');
    const started = performance.now();
    link.click();
    while (!document.querySelector('[data-testid="dashboard"]')) {
      if (performance.now() - started > 600_000) throw new Error('No dashboard after 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.now() - started;
  });
  const report = await watch.stop();
  const overLimit = report.longTasks.filter((task) => task > LONG_TASK_LIMIT_MS).length;
  log(
    `  dashboard computed over ${cases} cases: ${(ms / 1000).toFixed(1)} s; longest main-thread task ${report.longestTaskMs} ms ` +
      `(${report.longTasks.length} over 50 ms, ${overLimit} over ${LONG_TASK_LIMIT_MS}); peak heap ${report.peakHeapMb} MB`,
  );
  return {
    operation: 'reports-dashboard-computed',
    cases,
    app_ms: Number(ms.toFixed(1)),
    goal: `no main-thread task > ${LONG_TASK_LIMIT_MS} ms and heap_mb < ${HEAP_LIMIT_MB}`,
    met: overLimit === 0 && report.peakHeapMb < HEAP_LIMIT_MB,
    longest_task_ms: report.longestTaskMs,
    long_tasks_over_200ms: overLimit,
    heap_mb: report.peakHeapMb,
  };
}
