import { expect, type Locator, type Page } from '@playwright/test';
import { openSignedIn, reloadSignedIn, rememberedPassword } from '../support/signedInNavigation';
import { seedScript } from '../support/buildSeedScript';

interface SeedWindow {
  ercmsE2eSeedCases?: (options: {
    count: number;
    from?: number;
    assigneeId?: string;
    assignEvery?: number;
    proposalEvery?: number;
    password?: string;
  }) => Promise<number>;
}

/** The case list (home screen): search, filters, counts and the virtualized table. */
export class CaseListPage {
  readonly table: Locator;
  readonly scroller: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly endOfList: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('case-table');
    this.scroller = page.getByTestId('case-table-scroll');
    this.rows = this.table.locator('tbody tr.case-row');
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.count = page.getByTestId('case-count');
    this.endOfList = page.getByTestId('case-list-end');
  }

  async open(): Promise<void> {
    await openSignedIn(this.page, '/cases');
    await expect(this.table).toBeVisible();
  }

  /**
   * Seeds the production workspace with `count` generated cases (tests/bench/caseGenerator:
   * case i has reference referenceOf(i) and passport documentNumberOf(i)) through the
   * store's importCases, from inside the page; every 50th case is assigned to `assigneeId`.
   * `from` is the generator's index of the first case (to add cases to a seeded workspace);
   * with `proposalEvery`, every n-th case (index 0, n, 2n…) has a forced return awaiting approval.
   * Reloads the page afterwards.
   */
  async seed(count: number, assigneeId?: string, from = 0, options: { proposalEvery?: number } = {}): Promise<number> {
    // Served from the app's own origin (a routed URL): the CSP (script-src 'self') rightly refuses inline scripts and eval.
    const script = await seedScript();
    await this.page.route('**/__e2e__/seed.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
    await this.page.addScriptTag({ url: '/__e2e__/seed.js' });
    const stored = await this.page.evaluate(
      async ({ count: total, assigneeId: assignee, from: first, proposalEvery, password }) => {
        const seed = (window as SeedWindow).ercmsE2eSeedCases;
        if (!seed) throw new Error('The seed script was not loaded');
        return seed({
          count: total,
          from: first,
          ...(assignee ? { assigneeId: assignee } : {}),
          ...(proposalEvery ? { proposalEvery } : {}),
          ...(password === undefined ? {} : { password }),
        });
      },
      { count, assigneeId, from, proposalEvery: options.proposalEvery, password: rememberedPassword(this.page) },
    );
    await reloadSignedIn(this.page);
    await expect(this.table).toBeVisible();
    return stored;
  }

  /** The signed-in user's id, from the session of the page. */
  async signedInUserId(): Promise<string> {
    const id = await this.page.evaluate(() => {
      const raw = sessionStorage.getItem('ercms.session');
      const parsed: unknown = raw ? JSON.parse(raw) : undefined;
      const user = typeof parsed === 'object' && parsed !== null ? (parsed as { state?: { user?: { userId?: unknown } } }).state?.user : undefined;
      return typeof user?.userId === 'string' ? user.userId : '';
    });
    if (!id) throw new Error('Nobody is signed in');
    return id;
  }

  async loadedRows(): Promise<number> {
    return Number((await this.table.getAttribute('data-loaded-rows')) ?? '0');
  }

  /**
   * Scrolls to the bottom again and again, as a user dragging the scrollbar down would,
   * until the list says it reached the end; returns how many rows were loaded. The loop
   * runs in the page, so each page costs no round trip to the test runner.
   */
  async scrollToEnd(timeoutMs = 90_000): Promise<number> {
    await this.scroller.evaluate(async (element, limit) => {
      const table = element.querySelector('table');
      const started = performance.now();
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let scrolledAt = '';
      while (table?.getAttribute('data-complete') !== 'true') {
        const loaded = table?.getAttribute('data-loaded-rows') ?? '';
        if (performance.now() - started > limit) throw new Error(`Still not at the end after ${limit} ms: ${loaded} rows loaded`);
        // Scroll again only once the next page has arrived, as a reader reaching the bottom would.
        if (loaded !== scrolledAt) {
          element.scrollTop = element.scrollHeight;
          scrolledAt = loaded;
        }
        await frame();
      }
      element.scrollTop = element.scrollHeight;
    }, timeoutMs);
    await expect(this.endOfList).toBeVisible();
    return this.loadedRows();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  row(reference: string): Locator {
    return this.table.locator(`tr[data-reference="${reference}"]`);
  }

  async chooseFilter(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async chooseDeadline(label: 'Any deadline' | 'Within 7 days' | 'Overdue'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  async toggleMyCases(): Promise<void> {
    await this.page.getByRole('switch', { name: 'My cases' }).click();
  }

  async sortBy(columnLabel: string): Promise<void> {
    await this.table.getByRole('button', { name: columnLabel, exact: true }).click();
  }

  /** The text of the cells of one column in the rows now in the DOM (the visible ones and a few more), in order. */
  async columnTexts(columnIndex: number): Promise<string[]> {
    return this.rows.evaluateAll((rows, index) => rows.map((row) => row.querySelectorAll('td')[index]?.textContent ?? ''), columnIndex);
  }

  /** Scrolls the table so that row `index` is at the top (the virtualized rows then in view are rendered). */
  async scrollToRow(index: number, rowHeight = 40): Promise<void> {
    await this.scroller.evaluate((element, top) => {
      element.scrollTop = top;
    }, index * rowHeight);
  }
}
