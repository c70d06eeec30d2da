import type { CaseMatchCount } from '../../db/caseQuery';
import type { CaseCounts } from '../../db/caseRepository';
import type { CaseListFilters } from '../../stores/caseListFilters';

export type CaseListCount = { kind: 'exact'; count: number } | { kind: 'atLeast'; count: number } | { kind: 'moreThan'; count: number };

/** True when the store's incremental counts answer for these filters (none, or one of stage, nationality, route). */
export function countedByStore(filters: CaseListFilters): boolean {
  const equality = [filters.stage, filters.nationality, filters.route].filter((value) => value !== undefined).length;
  const others = (filters.myCases || filters.assignee !== undefined ? 1 : 0) + (filters.deadline === 'any' ? 0 : 1);
  return others === 0 && equality <= 1;
}

/**
 * How many cases the list holds, without counting the table: the store keeps counts per
 * stage, nationality and route (and the total). Other combinations take the repository's
 * bounded count (`matching`: exact, or "more than" its cap); until it arrives, or when the
 * loaded rows say more, the list says "at least" what it has; once every page is loaded
 * the loaded rows are the count.
 */
export function caseListCount(
  filters: CaseListFilters,
  searching: boolean,
  counts: CaseCounts | undefined,
  loaded: number,
  complete: boolean,
  matching?: CaseMatchCount,
): CaseListCount {
  if (complete) return { kind: 'exact', count: loaded };
  if (!searching && counts && countedByStore(filters)) {
    if (filters.stage !== undefined) return { kind: 'exact', count: counts.byStage[filters.stage] ?? 0 };
    if (filters.nationality !== undefined) return { kind: 'exact', count: counts.byNationality[filters.nationality] ?? 0 };
    if (filters.route !== undefined) return { kind: 'exact', count: counts.byRoute[filters.route] ?? 0 };
    return { kind: 'exact', count: counts.total };
  }
  if (!searching && matching) {
    if (matching.exact && matching.count >= loaded) return { kind: 'exact', count: matching.count };
    if (!matching.exact && matching.count >= loaded) return { kind: 'moreThan', count: matching.count };
  }
  return { kind: 'atLeast', count: loaded };
}
