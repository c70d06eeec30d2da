import { runsInElectron } from './host';

/**
 * Whether the browser keeps this origin's data (IndexedDB) when the disk runs low:
 * - `persisted`: the browser promised not to evict it;
 * - `refused`: the browser may evict it (Chromium decides by its own rules: a bookmarked or
 *   installed site, much use, granted notifications);
 * - `unsupported`: the engine has no Storage API;
 * - `electron`: Electron's profile is never evicted, nothing to ask.
 */
export type PersistentStorageState = 'persisted' | 'refused' | 'unsupported' | 'electron';

/** The part of `navigator.storage` used here (absent in some engines and in Node). */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Asks once per start, in browser mode only: an answer already given is read with `persisted()` without asking again. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = navigator.storage,
  inElectron = runsInElectron(),
): Promise<PersistentStorageState> {
  if (inElectron) return 'electron';
  if (!storage?.persist) return 'unsupported';
  try {
    if ((await storage.persisted?.()) === true) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
