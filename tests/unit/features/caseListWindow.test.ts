import { describe, expect, it } from 'vitest';
import type { PageCursor } from '../../../renderer/src/db/caseQuery';
import type { CaseListRow } from '../../../renderer/src/features/cases/caseListRow';
import {
  appendPage,
  emptyWindow,
  mergeStretch,
  REFRESH_SLACK,
  staleStretch,
  stretchBounds,
  type LoadedWindow,
  type ReadRows,
} from '../../../renderer/src/features/cases/caseListWindow';

function row(id: string): CaseListRow {
  return {
    id,
    reference: id.toUpperCase(),
    name: id,
    aliasCount: 0,
    nationality: 'AL',
    stage: 'INTAKE',
    route: 'voluntary',
    assignee: '',
    updatedAt: '2026-11-23T10:00:00Z',
  };
}

const cursor = (id: string): PageCursor => ({ index: '[sortName+id]', key: [id, id] });

function read(ids: string[], next?: string): ReadRows {
  return { rows: ids.map(row), cursors: ids.map(cursor), ...(next ? { next: cursor(next) } : {}) };
}

const ids = (window: LoadedWindow) => window.rows.map((candidate) => candidate.id);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => `c${String(from + index).padStart(4, '0')}`);

describe('live case list: which stretch to re-read', () => {
  const loaded = appendPage(appendPage(emptyWindow, read(range(0, 200), 'c0199'), 1), read(range(200, 400), 'c0399'), 1);

  it('re-reads nothing while what is shown is current', () => {
    expect(staleStretch(loaded, { start: 150, end: 170 }, 1)).toBeUndefined();
  });

  it('after a change, re-reads only the visible rows and a margin, bounded by the rows around them', () => {
    const stretch = staleStretch(loaded, { start: 150, end: 170 }, 2, 10);
    expect(stretch).toEqual({ start: 140, end: 181, toEnd: false });
    if (!stretch) throw new Error('stale');
    expect(stretchBounds(loaded, stretch)).toEqual({ after: cursor('c0139'), until: cursor('c0180'), pageSize: 41 + REFRESH_SLACK });
    expect(stretchBounds(loaded, { start: 0, end: 20, toEnd: false })).toEqual({ until: cursor('c0019'), pageSize: 20 + REFRESH_SLACK });
  });

  it('reads on to the end of a complete list (a case created at the end shows), and an empty list too', () => {
    const complete = appendPage(emptyWindow, read(['a', 'b', 'c']), 1);
    expect(complete.complete).toBe(true);
    expect(staleStretch(complete, { start: 0, end: 2 }, 2)).toEqual({ start: 0, end: 3, toEnd: true });
    const empty = appendPage(emptyWindow, read([]), 1);
    expect(staleStretch(empty, { start: 0, end: 0 }, 2)).toEqual({ start: 0, end: 0, toEnd: true });
    expect(ids(mergeStretch(empty, { start: 0, end: 0, toEnd: true }, read(['new']), 2))).toEqual(['new']);
  });
});

describe('live case list: putting a re-read stretch in place', () => {
  const loaded = appendPage(emptyWindow, read(range(0, 10), 'c0009'), 1);

  it('replaces the stretch, keeps the rows around it, and lists a moved case once, in its new place', () => {
    // c0008 was renamed and now sorts inside the stretch; c0004 changed and left it; a case was created.
    const merged = mergeStretch(loaded, { start: 3, end: 6, toEnd: false }, read(['c0003', 'c0005', 'c0008', 'new']), 2);
    expect(ids(merged)).toEqual(['c0000', 'c0001', 'c0002', 'c0003', 'c0005', 'c0008', 'new', 'c0006', 'c0007', 'c0009']);
    expect(merged.generations).toEqual([1, 1, 1, 2, 2, 2, 2, 1, 1, 1]);
    expect(merged.next).toEqual(cursor('c0009'));
    expect(merged.complete).toBe(false);
    // The rows below are still stale: they are re-read once they come into view.
    expect(staleStretch(merged, { start: 8, end: 9 }, 2, 0)).toEqual({ start: 8, end: 10, toEnd: false });
  });

  it('when more rows came back than fit, drops the rows below and goes on paging from the last one read', () => {
    const merged = mergeStretch(loaded, { start: 2, end: 4, toEnd: false }, read(['c0002', 'x1', 'x2'], 'x2'), 2);
    expect(ids(merged)).toEqual(['c0000', 'c0001', 'c0002', 'x1', 'x2']);
    expect(merged.next).toEqual(cursor('x2'));
    expect(merged.complete).toBe(false);
  });

  it('a page loaded later drops an older copy of a case that moved down meanwhile', () => {
    const appended = appendPage(loaded, read(['c0010', 'c0001', 'c0011']), 3);
    expect(ids(appended)).toEqual(['c0000', 'c0002', 'c0003', 'c0004', 'c0005', 'c0006', 'c0007', 'c0008', 'c0009', 'c0010', 'c0001', 'c0011']);
    expect(appended.complete).toBe(true);
    expect(appended.endGeneration).toBe(3);
  });
});
