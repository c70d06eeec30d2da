import { Dexie, type Collection, type IndexableType } from 'dexie';
import type { ReturnRoute, Stage } from '../../../shared/model/stage';
import { sortNameOf, type CaseIndexFields, type CaseRow } from './caseRow';
import type { ErcmsDatabase } from './database';

/** The columns a case list can be sorted by: each is the leading sort field of an index. */
export type CaseSortColumn = 'updatedAt' | 'reference' | 'nextDeadline' | 'stage' | 'nationality' | 'route' | 'assignee' | 'name';

/** The most urgent deadline between two calendar dates (YYYY-MM-DD), both included; either end may be open. */
export interface DeadlineRange {
  from?: string;
  to?: string;
}

export interface CaseFilter {
  stage?: Stage;
  /** A user id, or '' for unassigned cases. */
  assignee?: string;
  /** ISO country code, or '' for cases without a recorded nationality. */
  nationality?: string;
  route?: ReturnRoute;
  /**
   * Only cases whose next deadline lies in this range (cases without a deadline never match).
   * The list is then read along the `[deadlineOrder+id]` index: it is in deadline order,
   * whatever sort column was asked for (the direction is kept).
   */
  deadline?: DeadlineRange;
}

/** Where the previous page ended: the index key of its last row. Opaque to the UI. */
export interface PageCursor {
  index: string;
  key: IndexableType;
}

export interface CaseQuery {
  filter?: CaseFilter;
  sort?: { column: CaseSortColumn; direction: 'asc' | 'desc' };
  pageSize?: number;
  /** Start after this row (exclusive). */
  after?: PageCursor;
  /** Stop at this row (inclusive): re-reads a stretch of a list already shown (live refresh). */
  until?: PageCursor;
}

export interface CasePage {
  rows: CaseRow[];
  /** Pass as `after` to get the next page; absent on the last page. */
  next?: PageCursor;
}

type EqualityField = 'stage' | 'assignee' | 'nationality' | 'route';
type IndexedField = EqualityField | 'updatedAt' | 'deadlineOrder' | 'reference' | 'sortName' | 'id';

const equalityFields: readonly EqualityField[] = ['stage', 'assignee', 'nationality', 'route'];

/**
 * The compound indexes of database.ts (v3), as field lists. Every list ends in a unique
 * field, so a page can resume exactly after the last row (`above(lastKey)`), with no offset
 * scan however deep the page.
 */
const caseIndexes: readonly (readonly IndexedField[])[] = [
  ['updatedAt', 'id'],
  ['stage', 'updatedAt', 'id'],
  ['assignee', 'stage', 'updatedAt', 'id'],
  ['nationality', 'updatedAt', 'id'],
  ['route', 'updatedAt', 'id'],
  ['deadlineOrder', 'id'],
  ['sortName', 'id'],
  ['reference'],
];

const DEADLINE_FIELDS: readonly IndexedField[] = ['deadlineOrder', 'id'];

/** The last calendar date: an open-ended deadline range stops here, before NO_DEADLINE. */
const LAST_DATE = '9999-12-31';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface QueryPlan {
  index: string;
  fields: readonly IndexedField[];
  /** Equality values for the index's leading fields. */
  prefix: IndexableType[];
  /** Bounds of the first field after the prefix (the deadline filter), both included. */
  range?: { lower?: string; upper?: string };
  /** Equality filters the index cannot serve, applied while iterating. */
  residual: [EqualityField, string][];
}

function indexName(fields: readonly IndexedField[]): string {
  return fields.length === 1 ? (fields[0] ?? 'id') : `[${fields.join('+')}]`;
}

function sortFieldOf(column: CaseSortColumn): IndexedField {
  if (column === 'name') return 'sortName';
  return column === 'nextDeadline' ? 'deadlineOrder' : column;
}

function equalityFilters(filter: CaseFilter): [EqualityField, string][] {
  return equalityFields.flatMap((field): [EqualityField, string][] => {
    const value = filter[field];
    return value === undefined ? [] : [[field, value]];
  });
}

/**
 * Chooses the index that serves the most equality filters as its prefix and is then
 * ordered by the sort column (any order when `sortColumn` is undefined: counting); filters
 * it cannot serve are applied while walking it. A deadline range always walks the deadline
 * index (the range is its leading field).
 */
export function planCaseQuery(filter: CaseFilter, sortColumn: CaseSortColumn | undefined): QueryPlan {
  const filters = equalityFilters(filter);
  if (filter.deadline) {
    return {
      index: indexName(DEADLINE_FIELDS),
      fields: DEADLINE_FIELDS,
      prefix: [],
      range: { ...(filter.deadline.from ? { lower: filter.deadline.from } : {}), upper: filter.deadline.to ?? LAST_DATE },
      residual: filters,
    };
  }
  const sortField = sortColumn === undefined ? undefined : sortFieldOf(sortColumn);
  const filterFields = new Set<IndexedField>(filters.map(([field]) => field));
  let best: { fields: readonly IndexedField[]; prefixLength: number } | undefined;
  for (const fields of caseIndexes) {
    let prefixLength = 0;
    while (prefixLength < fields.length && filterFields.has(fields[prefixLength] ?? 'id')) prefixLength++;
    // Sorting by a column that is also filtered on: every row has the same value, any order after it will do.
    const sortsRight =
      sortField === undefined || fields[prefixLength] === sortField || (filterFields.has(sortField) && fields.slice(0, prefixLength).includes(sortField));
    if (!sortsRight) continue;
    if (!best || prefixLength > best.prefixLength) best = { fields, prefixLength };
  }
  if (!best) throw new Error(`Cases cannot be sorted by ${sortColumn}.`);
  const prefixFields = best.fields.slice(0, best.prefixLength);
  return {
    index: indexName(best.fields),
    fields: best.fields,
    prefix: prefixFields.map((field) => (field === 'id' ? '' : (filter[field as EqualityField] ?? ''))),
    residual: filters.filter(([field]) => !prefixFields.includes(field)),
  };
}

function keyOf(row: CaseIndexFields, fields: readonly IndexedField[]): IndexableType {
  const values = fields.map((field) => row[field] ?? '');
  return fields.length === 1 ? (values[0] ?? '') : values;
}

/** True when a row passes every filter (search results, and the residual of a plan). */
export function matchesCaseFilter(row: CaseIndexFields, filter: CaseFilter): boolean {
  for (const [field, value] of equalityFilters(filter)) if (row[field] !== value) return false;
  const deadline = filter.deadline;
  if (!deadline) return true;
  if (!row.nextDeadline) return false;
  return (deadline.from === undefined || row.nextDeadline >= deadline.from) && (deadline.to === undefined || row.nextDeadline <= deadline.to);
}

function isDescending(query: Pick<CaseQuery, 'sort'>): boolean {
  const column = query.sort?.column ?? 'updatedAt';
  return (query.sort?.direction ?? (column === 'updatedAt' ? 'desc' : 'asc')) === 'desc';
}

function planOf(query: Pick<CaseQuery, 'filter' | 'sort'>): QueryPlan {
  return planCaseQuery(query.filter ?? {}, query.sort?.column ?? 'updatedAt');
}

/** The cursor of a row in a query's order: re-read from just after it (`after`) or up to it (`until`). */
export function cursorOf(query: Pick<CaseQuery, 'filter' | 'sort'>, row: CaseIndexFields): PageCursor {
  const plan = planOf(query);
  return { index: plan.index, key: keyOf(row, plan.fields) };
}

/** The plan's whole key range, in index order (lower, upper), before any cursor narrows it. */
type Bound = IndexableType | IndexableType[];

function planBounds(plan: QueryPlan): [Bound, Bound] {
  if (plan.fields.length === 1) return [Dexie.minKey, Dexie.maxKey];
  const free = plan.fields.length - plan.prefix.length - (plan.range ? 1 : 0);
  const lower = [...plan.prefix, ...(plan.range ? [plan.range.lower ?? Dexie.minKey] : []), ...Array<IndexableType>(free).fill(Dexie.minKey)];
  const upper = [...plan.prefix, ...(plan.range ? [plan.range.upper ?? Dexie.maxKey] : []), ...Array<IndexableType>(free).fill(Dexie.maxKey)];
  return [lower, upper];
}

/** The rows of the plan in index order, narrowed to after `after` and up to `until` (in walk direction). */
function walk(db: ErcmsDatabase, plan: QueryPlan, descending: boolean, after?: PageCursor, until?: PageCursor, filtered = true): Collection<CaseRow, string> {
  for (const cursor of [after, until]) {
    if (cursor && cursor.index !== plan.index) throw new Error('The list changed its sorting or filters: start again from the first page.');
  }
  let [lower, upper] = planBounds(plan);
  let lowerOpen = false;
  let upperOpen = false;
  // Walking down, `after` is an upper bound and `until` a lower one.
  const start = after?.key;
  const end = until?.key;
  if (descending) {
    if (start !== undefined) [upper, upperOpen] = [start, true];
    if (end !== undefined) lower = end;
  } else {
    if (start !== undefined) [lower, lowerOpen] = [start, true];
    if (end !== undefined) upper = end;
  }
  let collection = db.cases.where(plan.index).between(lower, upper, !lowerOpen, !upperOpen);
  if (descending) collection = collection.reverse();
  if (filtered && plan.residual.length > 0) {
    const residual = plan.residual;
    collection = collection.filter((row) => residual.every(([field, value]) => row[field] === value));
  }
  return collection;
}

export async function queryCases(db: ErcmsDatabase, query: CaseQuery): Promise<CasePage> {
  const pageSize = Math.min(Math.max(query.pageSize ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const plan = planOf(query);
  const rows = await readRows(db, plan, isDescending(query), pageSize + 1, query.after, query.until);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  if (query.sort?.column === 'name' && last?.keyId !== undefined) return wholeNameGroups(db, query, plan, page, rows.length > pageSize);
  return rows.length > pageSize && last ? { rows: page, next: { index: plan.index, key: keyOf(last, plan.fields) } } : { rows: page };
}

/** Rows read at once while a page is filtered beyond its index (see readRows). */
const MAX_FILTER_CHUNK = 1_000;

/**
 * Up to `wanted` rows of the plan from `after`. Without a residual filter: one read. With one
 * (a filter the index does not cover, such as the nationality along the stage index), the index
 * range is read in chunks, each one request that returns its rows together (IndexedDB's getAll,
 * newest first where the list is), the filter checked here, and the next chunk read from the
 * last row's index key; twice as many rows each time, as a rare combination passes over many.
 * A cursor that stops at every row the filter passes over costs a round trip per row, about
 * twice the time at 100,000 cases (tests/bench/README.md).
 */
async function readRows(db: ErcmsDatabase, plan: QueryPlan, descending: boolean, wanted: number, after?: PageCursor, until?: PageCursor): Promise<CaseRow[]> {
  if (plan.residual.length === 0) return walk(db, plan, descending, after, until).limit(wanted).toArray();
  const residual = plan.residual;
  const rows: CaseRow[] = [];
  let from = after;
  let chunk = wanted;
  for (;;) {
    const read = await walk(db, plan, descending, from, until, false).limit(chunk).toArray();
    for (const row of read) {
      if (!residual.every(([field, value]) => row[field] === value)) continue;
      rows.push(row);
      if (rows.length >= wanted) return rows;
    }
    const last = read[read.length - 1];
    if (!last || read.length < chunk) return rows;
    from = { index: plan.index, key: keyOf(last, plan.fields) };
    chunk = Math.min(chunk * 2, MAX_FILTER_CHUNK);
  }
}

/**
 * Sorting a sealed store by name (docs/trust.md, "What stays in clear"): its index holds only the
 * first letters of each family name, so a page is made of whole groups of those letters (the last
 * group read to its end, past the page size if need be) and sorted by the full name, opened, within
 * the page. Groups follow each other in index order, so the order holds across pages too.
 */
async function wholeNameGroups(db: ErcmsDatabase, query: CaseQuery, plan: QueryPlan, page: CaseRow[], more: boolean): Promise<CasePage> {
  const descending = isDescending(query);
  const group = page[page.length - 1]?.sortName ?? '';
  // The group's first and last keys in the index ([sortName+id]): ids are uuids, between '' and '\uffff'.
  const groupEnd = descending ? [group, ''] : [group, '\uffff'];
  let rows = page;
  if (more) {
    const rest = await walk(
      db,
      plan,
      descending,
      { index: plan.index, key: keyOf(page[page.length - 1] as CaseRow, plan.fields) },
      { index: plan.index, key: groupEnd },
    ).toArray();
    rows = [...page, ...rest];
  }
  const name = (row: CaseRow) => sortNameOf(row.caseFile);
  const sorted = [...rows].sort((a, b) => {
    const order = name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return descending ? -order : order;
  });
  if (!more) return { rows: sorted };
  const next = await walk(db, plan, descending, { index: plan.index, key: groupEnd }).limit(1).toArray();
  return next.length > 0 ? { rows: sorted, next: { index: plan.index, key: groupEnd } } : { rows: sorted };
}

/** How many cases match: exact, or at least `count` when counting stopped at the cap. */
export interface CaseMatchCount {
  count: number;
  exact: boolean;
}

/**
 * Counts the cases matching a filter without reading the table: when the chosen index
 * serves every filter, IndexedDB counts its key range (index entries only, no rows read);
 * otherwise the walk stops after `cap` matches and says "at least". The list header calls
 * this once per filter change, never per keystroke; whole-table counts come from the
 * incremental counts (caseCounts.ts).
 */
export async function countCases(db: ErcmsDatabase, filter: CaseFilter, cap: number): Promise<CaseMatchCount> {
  // Order does not matter for a count: the index serving most filters (my cases: the assignee index, counted without reading a row).
  const plan = planCaseQuery(filter, undefined);
  const collection = walk(db, plan, false);
  if (plan.residual.length === 0) return { count: await collection.count(), exact: true };
  const keys = await collection.limit(cap + 1).primaryKeys();
  return keys.length > cap ? { count: cap, exact: false } : { count: keys.length, exact: true };
}
