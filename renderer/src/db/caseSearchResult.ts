import type { NameMatchTier } from '../../../shared/search/nameSearchKeys';
import { MIN_NUMBER_PART_LENGTH } from '../../../shared/search/numberTails';
import type { CaseRow } from './caseRow';

export const DEFAULT_SEARCH_LIMIT = 50;

/**
 * Why a case is in a search result, best first: the order results are ranked in. A reference
 * or a document number identifies a case; a name only points at a person. A part found inside
 * a value comes after the value matched as typed or by its beginning: a part of a reference or
 * number after whole ones, a part of a name after the exact, prefix, phonetic and fuzzy matches.
 */
export type CaseMatchKind =
  'reference' | 'documentNumber' | 'referencePart' | 'documentNumberPart' | 'nameExact' | 'namePrefix' | 'namePhonetic' | 'nameFuzzy' | 'nameInfix';

export const caseMatchKinds: readonly CaseMatchKind[] = [
  'reference',
  'documentNumber',
  'referencePart',
  'documentNumberPart',
  'nameExact',
  'namePrefix',
  'namePhonetic',
  'nameFuzzy',
  'nameInfix',
];

export const nameMatchKinds: Readonly<Record<NameMatchTier, CaseMatchKind>> = {
  exact: 'nameExact',
  prefix: 'namePrefix',
  phonetic: 'namePhonetic',
  fuzzy: 'nameFuzzy',
  infix: 'nameInfix',
};

export interface CaseSearchResult {
  /** Best match first (see CaseMatchKind), then in index order. */
  rows: CaseRow[];
  /** More cases match than were returned: the caseworker should type more. */
  truncated: boolean;
  /** Why each returned case matched, by case id. */
  matches: Record<string, CaseMatchKind>;
}

export const EMPTY: CaseSearchResult = { rows: [], truncated: false, matches: {} };

/** Shortest text searched for inside references and document numbers (shared/search/numberTails.ts). */
export const MIN_INFIX_LENGTH = MIN_NUMBER_PART_LENGTH;

/** Collects up to `limit + 1` matches (the one beyond says "truncated"), each case once, in the order added. */
export class Matches {
  readonly rows: CaseRow[] = [];
  readonly kinds: Record<string, CaseMatchKind> = {};
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.rows.length > this.limit;
  }
  get room(): number {
    return this.limit + 1 - this.rows.length;
  }
  has(id: string): boolean {
    return id in this.kinds;
  }
  add(row: CaseRow, kind: CaseMatchKind): void {
    if (this.has(row.id) || this.full) return;
    this.kinds[row.id] = kind;
    this.rows.push(row);
  }
  result(): CaseSearchResult {
    const rank = (row: CaseRow) => caseMatchKinds.indexOf(this.kinds[row.id] ?? 'nameFuzzy');
    // Stable: within one kind, the order the index gave (exact keys before longer ones).
    const rows = [...this.rows].sort((a, b) => rank(a) - rank(b)).slice(0, this.limit);
    const kinds: Record<string, CaseMatchKind> = {};
    for (const row of rows) kinds[row.id] = this.kinds[row.id] ?? 'nameFuzzy';
    return { rows, truncated: this.rows.length > this.limit, matches: kinds };
  }
}

export function allOf(rows: CaseRow[], limit: number, kind: CaseMatchKind): CaseSearchResult {
  const kept = rows.slice(0, limit);
  return { rows: kept, truncated: rows.length > limit, matches: Object.fromEntries(kept.map((row) => [row.id, kind])) };
}
