import type { CaseRow } from './caseRow';
import { caseSearchKeysOf, sameSearchKeyFacts } from './caseSearchKeys';
import type { ErcmsDatabase } from './database';

/**
 * Every write of a case row goes through here, so that its search keys (`caseKeys`,
 * caseSearchKeys.ts) follow it in the same transaction. The caller's transaction must include
 * both tables. Both requests go out before anything is awaited (Dexie follows its transaction
 * through the synchronous call chain).
 */

/** New cases: their rows (refused if one exists, as `add` is) and their search keys. */
export async function addCaseRows(db: ErcmsDatabase, rows: readonly CaseRow[]): Promise<void> {
  const [only] = rows;
  if (!only) return;
  await Promise.all([
    rows.length === 1 ? db.cases.add(only) : db.cases.bulkAdd([...rows]),
    db.caseKeys.bulkPut(rows.map((row) => caseSearchKeysOf(row.caseFile))),
  ]);
}

/** Rows written again whole (a restore, a re-keying): rows and search keys, both put. */
export async function putCaseRows(db: ErcmsDatabase, rows: readonly CaseRow[]): Promise<void> {
  if (rows.length === 0) return;
  await Promise.all([db.cases.bulkPut([...rows]), db.caseKeys.bulkPut(rows.map((row) => caseSearchKeysOf(row.caseFile)))]);
}

/**
 * A case changed (a workflow action, an edit): its row, and its search keys only when the
 * names, reference or document numbers changed, which most actions leave as they were.
 */
export async function replaceCaseRow(db: ErcmsDatabase, next: CaseRow, previous: CaseRow): Promise<void> {
  const unchanged = sameSearchKeyFacts(next.caseFile, previous.caseFile);
  await Promise.all([db.cases.put(next), unchanged ? undefined : db.caseKeys.put(caseSearchKeysOf(next.caseFile))]);
}
