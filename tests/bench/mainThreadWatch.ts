/**
 * What a long operation of the app (an export, a seeding) does to the page while it runs:
 * the main thread's long tasks, from a PerformanceObserver('longtask') in the page, and the
 * JavaScript heap, sampled through CDP every `sampleMs`: the page's own (Performance.getMetrics
 * JSHeapUsedSize) plus every dedicated worker's (Runtime.getHeapUsage in the worker's target,
 * which the page's metrics leave out). The figure reported is the peak of that sum.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface MainThreadReport {
  /** Every long task (> 50 ms, the API's threshold) of the main thread during the watch, in ms. */
  longTasks: number[];
  longestTaskMs: number;
  /** Peak of the page's JS heap plus its workers' heaps, in MB. */
  peakHeapMb: number;
  /** The page's main-thread heap at that peak, and the workers' (MB). */
  peakPageHeapMb: number;
  peakWorkerHeapMb: number;
}

interface LongTaskWindow {
  ercmsBenchLongTasks?: number[];
}

const MB = 1024 * 1024;
/** A CDP answer that does not come (a worker that ended while asked) must not stop the watch: 2 s, then the sample counts it as nothing. */
const CDP_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([promise.catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), CDP_TIMEOUT_MS))]);
}
const round = (value: number) => Number(value.toFixed(1));

/**
 * One watcher per page and CDP session (of that page). `start()` before the operation,
 * `stop()` after it; the long-task observer is installed again after every navigation.
 */
export class MainThreadWatch {
  private readonly workers = new Set<string>();
  private readonly pending = new Map<number, (result: unknown) => void>();
  private nextId = 1;
  private attached = false;
  private sampling: Promise<void> | undefined;
  private running = false;
  private peak = { total: 0, page: 0, workers: 0 };

  constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly sampleMs = 250,
  ) {}

  /** The workers' heaps: the session auto-attaches to every worker the page starts (not paused), in the non-flat mode a Playwright CDPSession can address. */
  private async attachToWorkers(): Promise<void> {
    if (this.attached) return;
    this.attached = true;
    this.cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') this.workers.add(event.sessionId);
    });
    this.cdp.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId) this.workers.delete(event.sessionId);
    });
    this.cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      const resolve = message.id === undefined ? undefined : this.pending.get(message.id);
      if (message.id !== undefined && resolve) {
        this.pending.delete(message.id);
        resolve(message.result);
      }
    });
    await this.cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await this.cdp.send('Performance.enable');
  }

  private async workerHeapBytes(): Promise<number> {
    const sizes = await Promise.all(
      [...this.workers].map(async (sessionId) => {
        const id = this.nextId++;
        const answer = new Promise<unknown>((resolve) => {
          this.pending.set(id, resolve);
          // A worker that ends while asked never answers: count it as nothing.
          setTimeout(() => {
            if (this.pending.delete(id)) resolve(undefined);
          }, 2000);
        });
        const sent = await withTimeout(
          this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).then(() => true),
          false,
        );
        if (!sent) {
          this.pending.delete(id);
          return 0;
        }
        const result = (await answer) as { usedSize?: number } | undefined;
        return result?.usedSize ?? 0;
      }),
    );
    return sizes.reduce((sum, size) => sum + size, 0);
  }

  private async pageHeapBytes(): Promise<number> {
    const { metrics } = await withTimeout(this.cdp.send('Performance.getMetrics'), { metrics: [] });
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  }

  private async sample(): Promise<void> {
    const [page, workers] = await Promise.all([this.pageHeapBytes(), this.workerHeapBytes()]);
    if (page + workers > this.peak.total) this.peak = { total: page + workers, page, workers };
  }

  async start(): Promise<void> {
    await this.attachToWorkers();
    await this.page.evaluate(() => {
      const target = window as LongTaskWindow & { ercmsBenchLongTaskObserver?: PerformanceObserver };
      target.ercmsBenchLongTasks = [];
      if (target.ercmsBenchLongTaskObserver) return;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) target.ercmsBenchLongTasks?.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      target.ercmsBenchLongTaskObserver = observer;
    });
    this.peak = { total: 0, page: 0, workers: 0 };
    this.running = true;
    this.sampling = (async () => {
      while (this.running) {
        await this.sample().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, this.sampleMs));
      }
    })();
  }

  async stop(): Promise<MainThreadReport> {
    this.running = false;
    await this.sampling;
    await this.sample().catch(() => undefined);
    // The observer's callback runs after the task it reports: one more turn of the page's loop first.
    const longTasks = await this.page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as LongTaskWindow).ercmsBenchLongTasks ?? [];
    });
    return {
      longTasks: longTasks.map(round),
      longestTaskMs: round(Math.max(0, ...longTasks)),
      peakHeapMb: round(this.peak.total / MB),
      peakPageHeapMb: round(this.peak.page / MB),
      peakWorkerHeapMb: round(this.peak.workers / MB),
    };
  }
}
