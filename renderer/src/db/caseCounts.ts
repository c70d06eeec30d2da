import type { CaseIndexFields } from './caseRow';

/**
 * Case counts kept up to date in the same transaction as every case write, so list headers
 * and dashboards never run `count()` over the whole table (O(n): about 0.2 s at 100,000
 * cases in Chromium).
 */
export interface CountRow {
  /** `total`, `stage:<STAGE>`, `nationality:<CC>` (`nationality:` for none), `route:<route>`. */
  key: string;
  count: number;
}

export type CountKey = 'total' | `stage:${string}` | `nationality:${string}` | `route:${string}`;

type Counted = Pick<CaseIndexFields, 'stage' | 'nationality' | 'route'>;

export function countKeysOf(row: Counted): CountKey[] {
  return ['total', `stage:${row.stage}`, `nationality:${row.nationality}`, `route:${row.route}`];
}

/** Adds the change from `before` to `after` (either may be absent: create, restore) to `deltas`. */
export function addCountDeltas(deltas: Map<string, number>, before: Counted | undefined, after: Counted | undefined): Map<string, number> {
  for (const key of before ? countKeysOf(before) : []) deltas.set(key, (deltas.get(key) ?? 0) - 1);
  for (const key of after ? countKeysOf(after) : []) deltas.set(key, (deltas.get(key) ?? 0) + 1);
  return deltas;
}

/** Applies deltas to the rows read from the counts table, dropping keys that net to zero change. */
export function applyCountDeltas(current: readonly (CountRow | undefined)[], keys: readonly string[], deltas: Map<string, number>): CountRow[] {
  return keys.map((key, index) => ({ key, count: (current[index]?.count ?? 0) + (deltas.get(key) ?? 0) }));
}
