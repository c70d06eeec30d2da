import type { CaseCounts } from '../../db/caseRepository';
import type { CaseListFilters } from './caseListFilters';

export type CaseListCount = { kind: 'exact'; count: number } | { kind: 'atLeast'; count: number };

/**
 * How many cases the list holds, without counting the table: the store keeps counts per
 * stage, nationality and route (and the total); other combinations are known once every
 * page is loaded, and until then the list says "at least" what it has.
 */
export function caseListCount(filters: CaseListFilters, searching: boolean, counts: CaseCounts | undefined, loaded: number, complete: boolean): CaseListCount {
  if (complete) return { kind: 'exact', count: loaded };
  if (!searching && counts) {
    const equality = [filters.stage, filters.nationality, filters.route].filter((value) => value !== undefined).length;
    const others = (filters.myCases || filters.assignee !== undefined ? 1 : 0) + (filters.deadline === 'any' ? 0 : 1);
    if (others === 0 && equality === 0) return { kind: 'exact', count: counts.total };
    if (others === 0 && equality === 1) {
      if (filters.stage !== undefined) return { kind: 'exact', count: counts.byStage[filters.stage] ?? 0 };
      if (filters.nationality !== undefined) return { kind: 'exact', count: counts.byNationality[filters.nationality] ?? 0 };
      if (filters.route !== undefined) return { kind: 'exact', count: counts.byRoute[filters.route] ?? 0 };
    }
  }
  return { kind: 'atLeast', count: loaded };
}
