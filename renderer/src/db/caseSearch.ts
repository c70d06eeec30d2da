import type { CaseFilter } from './caseQuery';
import { matchesCaseFilter } from './caseQuery';
import type { CaseRow } from './caseRow';
import type { ErcmsDatabase } from './database';
import { nameTokens, normaliseDocumentNumber, normaliseReference } from './foldName';

export const DEFAULT_SEARCH_LIMIT = 50;

export interface CaseSearchResult {
  rows: CaseRow[];
  /** More cases match than were returned: the caseworker should type more. */
  truncated: boolean;
}

/**
 * Name search: every word typed must start a word of one of the person's names, primary or
 * alias, ignoring case and diacritics ("hox ard" finds "Ardit Hoxhë"). The index walks the
 * longest word (the most selective); the other words are checked on the rows it yields.
 */
export async function searchByName(db: ErcmsDatabase, text: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const words = nameTokens(text).sort((a, b) => b.length - a.length);
  const [leading, ...others] = words;
  if (!leading) return { rows: [], truncated: false };
  let collection = db.cases.where('nameTokens').startsWith(leading).distinct();
  if (others.length > 0 || filter) {
    collection = collection.filter(
      (row) => others.every((word) => row.nameTokens.some((token) => token.startsWith(word))) && (!filter || matchesCaseFilter(row, filter)),
    );
  }
  return finish(await collection.limit(limit + 1).toArray(), limit);
}

/** Document numbers match exactly, or by prefix when `prefix` is set, ignoring spaces, dashes and case. */
export async function searchByDocumentNumber(
  db: ErcmsDatabase,
  number: string,
  options: { prefix?: boolean; limit?: number; filter?: CaseFilter } = {},
): Promise<CaseSearchResult> {
  const normalised = normaliseDocumentNumber(number);
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!normalised) return { rows: [], truncated: false };
  const clause = db.cases.where('documentNumbers');
  // An exact number reaches each case once (a row's numbers are a set), so IndexedDB's
  // getAll can answer; a prefix may match two numbers of one case, hence distinct().
  const collection = options.prefix ? clause.startsWith(normalised).distinct() : clause.equals(normalised);
  const filter = options.filter;
  return finish(await (filter ? collection.filter((row) => matchesCaseFilter(row, filter)) : collection).limit(limit + 1).toArray(), limit);
}

export async function searchByReference(db: ErcmsDatabase, reference: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const normalised = normaliseReference(reference);
  if (!normalised) return { rows: [], truncated: false };
  const collection = db.cases.where('reference').startsWith(normalised);
  return finish(await (filter ? collection.filter((row) => matchesCaseFilter(row, filter)) : collection).limit(limit + 1).toArray(), limit);
}

/**
 * The search box: one text, matched as a case reference, a document number and a name.
 * Reference and document hits come first, as they identify a case exactly. A filter (the
 * list's stage, nationality, route, assignee and deadline choices) is applied while the
 * search indexes are walked, before the limit, so a filtered search misses no match.
 */
export async function searchCases(db: ErcmsDatabase, text: string, limit = DEFAULT_SEARCH_LIMIT, filter?: CaseFilter): Promise<CaseSearchResult> {
  const [byReference, byDocument, byName] = await Promise.all([
    /\d/.test(text) ? searchByReference(db, text, limit, filter) : Promise.resolve<CaseSearchResult>({ rows: [], truncated: false }),
    /\d/.test(text)
      ? searchByDocumentNumber(db, text, { prefix: true, limit, ...(filter ? { filter } : {}) })
      : Promise.resolve<CaseSearchResult>({ rows: [], truncated: false }),
    searchByName(db, text, limit, filter),
  ]);
  const seen = new Set<string>();
  const rows: CaseRow[] = [];
  for (const row of [...byReference.rows, ...byDocument.rows, ...byName.rows]) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    rows.push(row);
  }
  return { rows: rows.slice(0, limit), truncated: rows.length > limit || byReference.truncated || byDocument.truncated || byName.truncated };
}

function finish(rows: CaseRow[], limit: number): CaseSearchResult {
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}
