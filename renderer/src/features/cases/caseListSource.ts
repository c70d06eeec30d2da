import type { Actor } from '../../../../shared/model/actor';
import type { CaseQuery, CaseSortColumn, PageCursor } from '../../db/caseQuery';
import { cursorOf } from '../../db/caseQuery';
import type { CaseIndexFields, CaseRow } from '../../db/caseRow';
import { caseMatchRank, type CaseMatchKind } from '../../db/caseSearch';
import type { WorkspaceStore } from '../../store/workspaceStore';
import { toCaseListRow } from './caseListRow';
import type { ReadRows } from './caseListWindow';

/**
 * Thin adapter between the list and the case repository: every read is a repository query
 * (key-paged, filters and deadline ranges included) or a repository search.
 */
export async function loadCaseRows(
  store: WorkspaceStore,
  actor: Actor,
  query: CaseQuery,
  bounds: { after?: PageCursor; until?: PageCursor; pageSize?: number } = {},
): Promise<ReadRows> {
  const page = await store.cases.list(actor, { ...query, ...bounds });
  return {
    rows: page.rows.map((row) => toCaseListRow(row)),
    cursors: page.rows.map((row) => cursorOf(query, row)),
    ...(page.next ? { next: page.next } : {}),
  };
}

export const SEARCH_LIMIT = 200;

export interface CaseSearchPage {
  rows: CaseRow[];
  /** More cases match than SEARCH_LIMIT: the caseworker should type more. */
  truncated: boolean;
  /** Why each case matched (shown in its row), by case id. */
  matches: Record<string, CaseMatchKind>;
}

const sortFields: Readonly<Record<CaseSortColumn, keyof CaseIndexFields>> = {
  updatedAt: 'updatedAt',
  reference: 'reference',
  nextDeadline: 'deadlineOrder',
  stage: 'stage',
  nationality: 'nationality',
  route: 'route',
  assignee: 'assignee',
  name: 'sortName',
};

/**
 * The search box: name, alias, reference or document number, narrowed by the list's filters
 * in the repository. The best matches first (exact, beginning, sound, spelling: the
 * repository's ranking), each kind of match then in the list's order.
 */
export async function searchCaseList(store: WorkspaceStore, actor: Actor, text: string, query: CaseQuery): Promise<CaseSearchPage> {
  const found = await store.cases.search(actor, text, SEARCH_LIMIT, query.filter);
  const field = sortFields[query.sort?.column ?? 'updatedAt'];
  const direction = query.sort?.direction === 'desc' ? -1 : 1;
  const rank = (row: CaseRow) => caseMatchRank(found.matches[row.id]);
  const rows = [...found.rows].sort(
    (a, b) => rank(a) - rank(b) || direction * (compareText(String(a[field] ?? ''), String(b[field] ?? '')) || compareText(a.id, b.id)),
  );
  return { rows, truncated: found.truncated, matches: found.matches };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
