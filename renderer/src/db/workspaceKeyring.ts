import type { ErcmsDatabase } from './database';
import { WorkspaceLockedError } from './errors';
import type { RecordKeys } from './recordKeys';

/**
 * The workspace data key of this window, once a password unwrapped it (dataKey.ts): memory
 * only, never sessionStorage or localStorage, and dropped when the screen locks or the user
 * signs out. Every consumer of encrypted data asks `requireDataKey`, so a read or write
 * while locked fails with `WorkspaceLockedError` instead of touching the store.
 *
 * Kept per account database (production's: accounts, and so the key's wraps, live there;
 * the training store points at it through `StoreContext.keyHolder`).
 */
export interface HeldDataKey {
  /** Names the key: every wrap and every ciphertext under it carries this id. */
  keyId: string;
  /** AES-GCM 256, non-extractable: usable for encrypt/decrypt, its bytes cannot be read back. */
  key: CryptoKey;
  /**
   * The key's bytes, only to wrap it for another password (an account created, a password
   * changed or reset). Recovered on demand from the signing-in account's own wrap with its
   * password-derived key, so the bytes exist only for the duration of such a wrap.
   */
  material: () => Promise<Uint8Array>;
  /** The record and search-token keys derived from it (recordKeys.ts), dropped with it. */
  records: RecordKeys;
}

const held = new WeakMap<ErcmsDatabase, HeldDataKey>();

export function holdDataKey(db: ErcmsDatabase, dataKey: HeldDataKey): void {
  held.set(db, dataKey);
}

/** Lock screen and sign-out: the key leaves memory; a password brings it back (verifyUnlock). */
export function dropDataKey(db: ErcmsDatabase): void {
  held.delete(db);
}

export function heldDataKey(db: ErcmsDatabase): HeldDataKey | undefined {
  return held.get(db);
}

const lent = new WeakMap<ErcmsDatabase, RecordKeys>();

/**
 * A worker's copy of the record keys (the export worker opens its own connection): given by
 * the window that holds them, for that worker's database only, gone with the worker.
 */
export function lendRecordKeys(db: ErcmsDatabase, keys: RecordKeys): void {
  lent.set(db, keys);
}

/** The record keys this window holds for the workspace whose accounts live in `keyHolder`, if unlocked. */
export function heldRecordKeys(keyHolder: ErcmsDatabase): RecordKeys | undefined {
  return held.get(keyHolder)?.records ?? lent.get(keyHolder);
}

/** The key, or `WorkspaceLockedError` when this window does not hold it (locked, reloaded, or never given it). */
export async function requireDataKey(keyHolder: ErcmsDatabase, userId: string): Promise<HeldDataKey> {
  const dataKey = held.get(keyHolder);
  if (dataKey) return dataKey;
  // Only the reason is looked up: whether a password would bring the key (the account holds a wrap) or not.
  const wrap = await keyHolder.keyWraps.get(userId);
  throw new WorkspaceLockedError(wrap ? 'locked' : 'noKey');
}
