import { Dexie, type IndexableType } from 'dexie';
import type { Actor } from '../../../../shared/model/actor';
import type { CaseFilter, CaseSortColumn, PageCursor } from '../../db/caseQuery';
import type { CaseRow } from '../../db/caseRow';
import { assertPermission } from '../../db/permissions';
import type { WorkspaceStore } from '../auth/workspaceStore';
import type { CaseListPlan } from './caseListPlan';
import type { CaseListSort } from './caseListFilters';

/**
 * Thin adapter between the list and the local store. Indexed plans page through the case
 * repository; deadline ranges walk the `[nextDeadline+id]` index directly, because the
 * repository's query takes equality filters only (a range option there would replace this).
 */
export interface CaseListPage {
  rows: CaseRow[];
  next?: PageCursor;
}

const DEADLINE_INDEX = '[nextDeadline+id]';

export async function loadCasePage(store: WorkspaceStore, actor: Actor, plan: CaseListPlan, after?: PageCursor): Promise<CaseListPage> {
  if (plan.kind === 'indexed') return store.cases.list(actor, after ? { ...plan.query, after } : plan.query);
  assertPermission(actor, 'case.read', store.workspace);
  const lower: IndexableType = [plan.from ?? Dexie.minKey, Dexie.minKey];
  const upper: IndexableType = [plan.to, Dexie.maxKey];
  const clause = store.db.cases.where(DEADLINE_INDEX);
  const collection = after ? clause.between(after.key, upper, false, true) : clause.between(lower, upper, true, true);
  const rows = await collection.filter((row) => matchesFilter(row, plan.filter)).limit(plan.pageSize + 1).toArray();
  const page = rows.slice(0, plan.pageSize);
  const last = page[page.length - 1];
  return rows.length > plan.pageSize && last ? { rows: page, next: { index: DEADLINE_INDEX, key: [last.nextDeadline ?? '', last.id] } } : { rows: page };
}

export function matchesFilter(row: CaseRow, filter: CaseFilter): boolean {
  return (
    (filter.stage === undefined || row.stage === filter.stage) &&
    (filter.nationality === undefined || row.nationality === filter.nationality) &&
    (filter.route === undefined || row.route === filter.route) &&
    (filter.assignee === undefined || row.assignee === filter.assignee)
  );
}

export function matchesPlan(row: CaseRow, plan: CaseListPlan): boolean {
  if (plan.kind === 'indexed') return matchesFilter(row, plan.query.filter ?? {});
  if (!matchesFilter(row, plan.filter) || !row.nextDeadline) return false;
  return (plan.from === undefined || row.nextDeadline >= plan.from) && row.nextDeadline <= plan.to;
}

export const SEARCH_LIMIT = 200;

export interface CaseSearchPage {
  rows: CaseRow[];
  /** More cases match than SEARCH_LIMIT: the caseworker should type more. */
  truncated: boolean;
}

/** The search box: name, alias, reference or document number (repository search), then the filters and the sort. */
export async function searchCaseList(store: WorkspaceStore, actor: Actor, text: string, plan: CaseListPlan, sort: CaseListSort): Promise<CaseSearchPage> {
  const found = await store.cases.search(actor, text, SEARCH_LIMIT);
  const rows = found.rows.filter((row) => matchesPlan(row, plan));
  const column: CaseSortColumn = plan.kind === 'deadlineRange' ? 'nextDeadline' : sort.column;
  const direction = plan.kind === 'deadlineRange' ? 1 : sort.direction === 'desc' ? -1 : 1;
  rows.sort((a, b) => direction * compareText(a[column] ?? '', b[column] ?? ''));
  return { rows, truncated: found.truncated };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
