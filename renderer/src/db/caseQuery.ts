import { Dexie, type Collection, type IndexableType } from 'dexie';
import type { ReturnRoute, Stage } from '../../../shared/model/stage';
import type { CaseIndexFields, CaseRow } from './caseRow';
import type { ErcmsDatabase } from './database';

/** The columns a case list can be sorted by: each is the leading sort field of an index. */
export type CaseSortColumn = 'updatedAt' | 'reference' | 'nextDeadline' | 'stage' | 'nationality' | 'route' | 'assignee';

export interface CaseFilter {
  stage?: Stage;
  /** A user id, or '' for unassigned cases. */
  assignee?: string;
  /** ISO country code, or '' for cases without a recorded nationality. */
  nationality?: string;
  route?: ReturnRoute;
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
  after?: PageCursor;
}

export interface CasePage {
  rows: CaseRow[];
  /** Pass as `after` to get the next page; absent on the last page. */
  next?: PageCursor;
}

type FilterField = keyof CaseFilter;
type IndexedField = FilterField | 'updatedAt' | 'nextDeadline' | 'reference' | 'id';

/**
 * The compound indexes of database.ts (v2), as field lists. Every list ends in a unique
 * field, so a page can resume exactly after the last row (`above(lastKey)`), with no offset
 * scan however deep the page.
 */
const caseIndexes: readonly (readonly IndexedField[])[] = [
  ['updatedAt', 'id'],
  ['stage', 'updatedAt', 'id'],
  ['assignee', 'stage', 'updatedAt', 'id'],
  ['nationality', 'updatedAt', 'id'],
  ['route', 'updatedAt', 'id'],
  ['nextDeadline', 'id'],
  ['reference'],
];

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

export interface QueryPlan {
  index: string;
  fields: readonly IndexedField[];
  /** Equality values for the index's leading fields. */
  prefix: IndexableType[];
  /** Filters the index cannot serve, applied while iterating. */
  residual: [FilterField, string][];
}

function indexName(fields: readonly IndexedField[]): string {
  return fields.length === 1 ? (fields[0] ?? 'id') : `[${fields.join('+')}]`;
}

/**
 * Chooses the index that serves the most equality filters as its prefix and is then
 * ordered by the sort column; filters it cannot serve are applied while walking it.
 */
export function planCaseQuery(filter: CaseFilter, sortColumn: CaseSortColumn): QueryPlan {
  const filters = (Object.entries(filter) as [FilterField, string | undefined][]).filter((entry): entry is [FilterField, string] => entry[1] !== undefined);
  const filterFields = new Set(filters.map(([field]) => field));
  let best: { fields: readonly IndexedField[]; prefixLength: number } | undefined;
  for (const fields of caseIndexes) {
    let prefixLength = 0;
    while (prefixLength < fields.length && filterFields.has(fields[prefixLength] as FilterField)) prefixLength++;
    const sortField = fields[prefixLength];
    // Sorting by a column that is also filtered on: every row has the same value, any order after it will do.
    const sortsRight = sortField === sortColumn || (filterFields.has(sortColumn as FilterField) && fields.slice(0, prefixLength).includes(sortColumn));
    if (!sortsRight) continue;
    if (!best || prefixLength > best.prefixLength) best = { fields, prefixLength };
  }
  if (!best) throw new Error(`Cases cannot be sorted by ${sortColumn}.`);
  const prefixFields = best.fields.slice(0, best.prefixLength) as FilterField[];
  return {
    index: indexName(best.fields),
    fields: best.fields,
    prefix: prefixFields.map((field) => filter[field] ?? ''),
    residual: filters.filter(([field]) => !prefixFields.includes(field)),
  };
}

function keyOf(row: CaseIndexFields, fields: readonly IndexedField[]): IndexableType {
  const values = fields.map((field) => row[field] ?? '');
  return fields.length === 1 ? (values[0] ?? '') : values;
}

export async function queryCases(db: ErcmsDatabase, query: CaseQuery): Promise<CasePage> {
  const column = query.sort?.column ?? 'updatedAt';
  const descending = (query.sort?.direction ?? (column === 'updatedAt' ? 'desc' : 'asc')) === 'desc';
  const pageSize = Math.min(Math.max(query.pageSize ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const plan = planCaseQuery(query.filter ?? {}, column);
  if (query.after && query.after.index !== plan.index) throw new Error('The list changed its sorting or filters: start again from the first page.');

  let collection: Collection<CaseRow, string>;
  if (plan.fields.length === 1) {
    const clause = db.cases.where(plan.index);
    collection = query.after ? (descending ? clause.below(query.after.key) : clause.above(query.after.key)) : clause.above(Dexie.minKey);
  } else {
    const free = plan.fields.length - plan.prefix.length;
    const lower = [...plan.prefix, ...Array<IndexableType>(free).fill(Dexie.minKey)];
    const upper = [...plan.prefix, ...Array<IndexableType>(free).fill(Dexie.maxKey)];
    const clause = db.cases.where(plan.index);
    if (!query.after) collection = clause.between(lower, upper, true, true);
    else collection = descending ? clause.between(lower, query.after.key, true, false) : clause.between(query.after.key, upper, false, true);
  }
  if (descending) collection = collection.reverse();
  if (plan.residual.length > 0) {
    const residual = plan.residual;
    collection = collection.filter((row) => residual.every(([field, value]) => row[field] === value));
  }
  const rows = await collection.limit(pageSize + 1).toArray();
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return rows.length > pageSize && last ? { rows: page, next: { index: plan.index, key: keyOf(last, plan.fields) } } : { rows: page };
}
