import type { CaseFile } from '../model';
import { primaryNationality } from '../rules';

/** How a figure is broken down. */
export type CaseGrouping = 'all' | 'nationality' | 'route' | 'office';

/**
 * The group a case falls in. Nationality is the best-evidenced foreign nationality (proven
 * before prima facie before claimed); `stateless` and `unknown` are groups of their own.
 */
export function groupOf(caseFile: CaseFile, grouping: CaseGrouping): string {
  switch (grouping) {
    case 'all':
      return 'all';
    case 'nationality':
      return primaryNationality(caseFile)?.country ?? (caseFile.person.stateless ? 'stateless' : 'unknown');
    case 'route':
      return caseFile.route;
    case 'office':
      return caseFile.office;
  }
}

/** Groups values by key, keys in alphabetical order for stable output. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
