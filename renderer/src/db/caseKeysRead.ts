import type { Collection } from 'dexie';
import type { CaseRow } from './caseRow';
import type { CaseSearchKeys } from './caseSearchKeys';
import type { ErcmsDatabase } from './database';

/**
 * The cases a read of the search keys (`caseKeys`, caseSearchKeys.ts) leads to: the keys'
 * index gives case ids, in its order, and the case rows are then read by id, in one request.
 */

/** Up to `limit` cases of the keys read, in its order. */
export async function casesOfKeys(db: ErcmsDatabase, keys: Collection<CaseSearchKeys, string>, limit: number): Promise<CaseRow[]> {
  const ids = await keys.limit(limit).primaryKeys();
  return present(await db.cases.bulkGet(ids));
}

/** The smallest number of ids read at once when cases are offered one by one. */
const MIN_CHUNK = 16;

/**
 * Offers the cases of the keys read to `accept`, in the read's order, while `room()` says
 * more are wanted: ids a chunk at a time (twice as many each time, as a filter may turn most
 * away), each chunk's cases in one request. `accept` keeps what it wants and says so; it sees a
 * case again when two of its keys matched.
 */
export async function offerCasesOfKeys(
  db: ErcmsDatabase,
  keys: Collection<CaseSearchKeys, string>,
  accept: (row: CaseRow) => boolean,
  room: () => number,
): Promise<void> {
  let offset = 0;
  let chunk = Math.max(room(), MIN_CHUNK);
  while (room() > 0) {
    const ids = await keys.clone().offset(offset).limit(chunk).primaryKeys();
    for (const row of present(await db.cases.bulkGet(ids))) {
      if (room() <= 0) return;
      accept(row);
    }
    if (ids.length < chunk) return;
    offset += ids.length;
    chunk *= 2;
  }
}

function present(rows: readonly (CaseRow | undefined)[]): CaseRow[] {
  return rows.filter((row): row is CaseRow => row !== undefined);
}
