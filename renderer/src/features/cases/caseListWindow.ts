import type { PageCursor } from '../../db/caseQuery';
import type { CaseListRow } from './caseListRow';

/**
 * The rows the list has read so far, in the query's order, each with its index key (to
 * re-read a stretch between two rows) and the change generation it was read at (to know
 * which rows may be out of date after a change in this or another window).
 */
export interface LoadedWindow {
  rows: CaseListRow[];
  cursors: PageCursor[];
  generations: number[];
  /** Where the next page starts; absent once the end of the list is loaded. */
  next?: PageCursor;
  complete: boolean;
  /** The generation at which the end of a complete list was last read (new rows may follow it). */
  endGeneration: number;
}

/** What the store returned: rows with their cursors. */
export interface ReadRows {
  rows: CaseListRow[];
  cursors: PageCursor[];
  next?: PageCursor;
}

/** Rows [start, end) to re-read; `toEnd` reads on to the end of the list (no upper bound). */
export interface Stretch {
  start: number;
  end: number;
  toEnd: boolean;
}

export interface VisibleRange {
  start: number;
  end: number;
}

export const emptyWindow: LoadedWindow = { rows: [], cursors: [], generations: [], complete: false, endGeneration: 0 };

/** Rows kept above and below the visible ones when a stretch is re-read. */
export const REFRESH_MARGIN = 40;
/** Room for rows created or moved into a stretch since it was read. */
export const REFRESH_SLACK = 100;

function without(window: LoadedWindow, from: number, to: number, ids: ReadonlySet<string>): Pick<LoadedWindow, 'rows' | 'cursors' | 'generations'> {
  const kept: Pick<LoadedWindow, 'rows' | 'cursors' | 'generations'> = { rows: [], cursors: [], generations: [] };
  for (let index = from; index < to; index++) {
    const row = window.rows[index];
    const cursor = window.cursors[index];
    if (!row || !cursor || ids.has(row.id)) continue;
    kept.rows.push(row);
    kept.cursors.push(cursor);
    kept.generations.push(window.generations[index] ?? 0);
  }
  return kept;
}

/**
 * Adds the next page. A case read again (it moved down the order since an earlier page was
 * read) keeps only its newer place, so no case is listed twice.
 */
export function appendPage(window: LoadedWindow, page: ReadRows, generation: number): LoadedWindow {
  const ids = new Set(page.rows.map((row) => row.id));
  const kept = without(window, 0, window.rows.length, ids);
  const complete = !page.next;
  return {
    rows: [...kept.rows, ...page.rows],
    cursors: [...kept.cursors, ...page.cursors],
    generations: [...kept.generations, ...page.rows.map(() => generation)],
    ...(page.next ? { next: page.next } : {}),
    complete,
    endGeneration: complete ? generation : window.endGeneration,
  };
}

/**
 * The stretch around the visible rows to read again because a change happened after it
 * was read, or undefined when what the user sees is current. Only the visible rows and a
 * margin are ever re-read, however far down the list the user has scrolled.
 */
export function staleStretch(window: LoadedWindow, visible: VisibleRange, generation: number, margin = REFRESH_MARGIN): Stretch | undefined {
  const count = window.rows.length;
  if (count === 0 && !window.complete) return undefined;
  const start = Math.min(Math.max(visible.start - margin, 0), count);
  const end = Math.min(Math.max(visible.end + margin + 1, start), count);
  const toEnd = window.complete && end >= count;
  const rowsStale = window.generations.slice(start, end).some((read) => read < generation);
  const endStale = toEnd && window.endGeneration < generation;
  return rowsStale || endStale ? { start, end, toEnd } : undefined;
}

/** The cursors bounding a stretch: after the row before it, up to its last row (unless it reads to the end). */
export function stretchBounds(window: LoadedWindow, stretch: Stretch): { after?: PageCursor; until?: PageCursor; pageSize: number } {
  const after = stretch.start > 0 ? window.cursors[stretch.start - 1] : undefined;
  const until = stretch.toEnd ? undefined : window.cursors[stretch.end - 1];
  return { ...(after ? { after } : {}), ...(until ? { until } : {}), pageSize: stretch.end - stretch.start + REFRESH_SLACK };
}

/**
 * Puts a re-read stretch in place of the old one. Rows above and below stay where they are
 * (so the scroll position holds); a case now in the stretch is dropped from its old place.
 * When more rows came back than fit, the list continues from the re-read ones by paging.
 */
export function mergeStretch(window: LoadedWindow, stretch: Stretch, read: ReadRows, generation: number): LoadedWindow {
  const ids = new Set(read.rows.map((row) => row.id));
  const head = without(window, 0, stretch.start, ids);
  const overflow = !stretch.toEnd && read.next !== undefined;
  const tail = stretch.toEnd || overflow ? { rows: [], cursors: [], generations: [] } : without(window, stretch.end, window.rows.length, ids);
  const rows = {
    rows: [...head.rows, ...read.rows, ...tail.rows],
    cursors: [...head.cursors, ...read.cursors, ...tail.cursors],
    generations: [...head.generations, ...read.rows.map(() => generation), ...tail.generations],
  };
  if (stretch.toEnd || overflow) {
    const complete = !read.next;
    return { ...rows, ...(read.next ? { next: read.next } : {}), complete, endGeneration: complete ? generation : window.endGeneration };
  }
  return { ...rows, ...(window.next ? { next: window.next } : {}), complete: window.complete, endGeneration: window.endGeneration };
}
