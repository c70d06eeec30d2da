import type { Page } from '@playwright/test';

/**
 * What the production database holds on disk, read in the page with IndexedDB itself (no
 * Dexie, no store middleware): for the migration end-to-end test (storeMigration.spec.ts),
 * which needs to see rows as stored, sealed (a `sealed` field) or in clear, and the
 * migration's progress row (`meta.storeSealing`, renderer/src/db/storeEncryption.ts).
 */
export const PRODUCTION_DATABASE = 'ercms-production';

/** The progress row while the migration runs: the last key reached in each table. */
export interface SealingMark {
  value: 'migrating' | 'sealed';
  casesAfter?: string;
  /** The last case whose search keys (`caseKeys`) were sealed. */
  keysAfter?: string;
  auditAfter?: number;
  done?: number;
}

export type SealingState = SealingMark | 'sealed' | undefined;

export interface RawStoreState {
  /** IndexedDB's version (Dexie's schema version × 10). */
  version: number;
  sealing: SealingState;
  cases: number;
  sealedCases: number;
  /** Case rows that hold their case file in clear. */
  clearCaseFiles: number;
  /** Search-key rows (`caseKeys`), and those sealed (tokens under a key id, the numbers as recorded gone). */
  caseKeys: number;
  sealedCaseKeys: number;
  auditEvents: number;
  sealedEvents: number;
  lastSequence: number;
  /**
   * Rows whose state disagrees with the progress row: sealed after its mark, or in clear up
   * to it (or anywhere once it says sealed). Events: only those of the previous version.
   */
  casesAgainstMark: number;
  eventsAgainstMark: number;
  /** Sequences of the events of the previous version still in clear. */
  clearPreviousEvents: number[];
  /** `case:<id>` / `event:<sequence>` → the sealed bytes (hex) of the first 20 sealed rows of each table, in key order. */
  sealedSample: Record<string, string>;
}

/** `previousEvents`: how many events the previous version wrote (sequences 1…n); the app appends its own after them. */
export async function readRawStore(page: Page, previousEvents: number): Promise<RawStoreState> {
  return page.evaluate(
    async ({ name, previousEvents: ofPreviousVersion }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error ?? new Error(`${name} not opened`));
      });
      try {
        const request = <T>(read: IDBRequest) =>
          new Promise<T>((resolve, reject) => {
            read.onsuccess = () => resolve(read.result as T);
            read.onerror = () => reject(read.error ?? new Error('not read'));
          });
        const reading = db.transaction(['cases', 'caseKeys', 'audit', 'meta'], 'readonly');
        const [cases, caseKeys, audit, meta] = await Promise.all([
          request<Record<string, unknown>[]>(reading.objectStore('cases').getAll()),
          request<Record<string, unknown>[]>(reading.objectStore('caseKeys').getAll()),
          request<Record<string, unknown>[]>(reading.objectStore('audit').getAll()),
          request<{ value: unknown } | undefined>(reading.objectStore('meta').get('storeSealing')),
        ]);
        const sealing = meta?.value as SealingMark | 'sealed' | undefined;
        const mark = typeof sealing === 'object' ? sealing : undefined;
        const isSealed = (row: Record<string, unknown>) => row.sealed instanceof Uint8Array;
        const casesDone = sealing === 'sealed' || mark?.keysAfter !== undefined || mark?.auditAfter !== undefined;
        const caseShouldBeSealed = (id: string) => casesDone || (mark?.casesAfter !== undefined && id <= mark.casesAfter);
        const eventShouldBeSealed = (sequence: number) => sealing === 'sealed' || (mark?.auditAfter !== undefined && sequence <= mark.auditAfter);
        const previous = audit.filter((row) => Number(row.sequence) <= ofPreviousVersion);
        const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
        const sealedSample: Record<string, string> = {};
        for (const row of cases.filter(isSealed).slice(0, 20)) sealedSample[`case:${String(row.id)}`] = hex(row.sealed as Uint8Array);
        for (const row of previous.filter(isSealed).slice(0, 20)) sealedSample[`event:${String(row.sequence)}`] = hex(row.sealed as Uint8Array);
        return {
          version: db.version,
          sealing,
          cases: cases.length,
          sealedCases: cases.filter(isSealed).length,
          clearCaseFiles: cases.filter((row) => 'caseFile' in row).length,
          caseKeys: caseKeys.length,
          sealedCaseKeys: caseKeys.filter((row) => typeof row.keyId === 'string' && !('numbers' in row)).length,
          auditEvents: audit.length,
          sealedEvents: audit.filter(isSealed).length,
          lastSequence: Math.max(0, ...audit.map((row) => Number(row.sequence))),
          casesAgainstMark: cases.filter((row) => isSealed(row) !== caseShouldBeSealed(String(row.id))).length,
          eventsAgainstMark: previous.filter((row) => isSealed(row) !== eventShouldBeSealed(Number(row.sequence))).length,
          clearPreviousEvents: previous.filter((row) => !isSealed(row)).map((row) => Number(row.sequence)),
          sealedSample,
        };
      } finally {
        db.close();
      }
    },
    { name: PRODUCTION_DATABASE, previousEvents },
  );
}

/** The progress row alone (a cheap read to poll). */
export async function readSealingState(page: Page): Promise<SealingState> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error(`${name} not opened`));
    });
    try {
      return await new Promise<SealingState>((resolve, reject) => {
        const read = db.transaction('meta', 'readonly').objectStore('meta').get('storeSealing');
        read.onsuccess = () => resolve((read.result as { value?: SealingState } | undefined)?.value);
        read.onerror = () => reject(read.error ?? new Error('not read'));
      });
    } finally {
      db.close();
    }
  }, PRODUCTION_DATABASE);
}

/**
 * Reads the progress row as often as IndexedDB answers (no sleep between reads), until the
 * migration, still under way, has committed past `point`: at least `casesDone` rows, or into
 * the audit events. Returns the row, or 'sealed' if the migration ended before.
 */
export async function migrationPast(page: Page, point: { casesDone: number } | 'into the audit events'): Promise<SealingMark | 'sealed'> {
  return page.evaluate(
    async ({ name, casesDone }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error ?? new Error(`${name} not opened`));
      });
      // Never holds up the app's own connection (an upgrade, a reset).
      db.onversionchange = () => db.close();
      const deadline = Date.now() + 120_000;
      try {
        while (Date.now() < deadline) {
          const value = await new Promise<unknown>((resolve, reject) => {
            const read = db.transaction('meta', 'readonly').objectStore('meta').get('storeSealing');
            read.onsuccess = () => resolve((read.result as { value?: unknown } | undefined)?.value);
            read.onerror = () => reject(read.error ?? new Error('not read'));
          });
          if (value === 'sealed') return 'sealed';
          const mark = value as SealingMark | undefined;
          if (mark?.value !== 'migrating') continue;
          if (casesDone === undefined ? mark.auditAfter !== undefined : (mark.done ?? 0) >= casesDone) return mark;
        }
      } finally {
        db.close();
      }
      throw new Error('The migration did not reach the point within 120 s');
    },
    { name: PRODUCTION_DATABASE, casesDone: typeof point === 'object' ? point.casesDone : undefined },
  );
}
