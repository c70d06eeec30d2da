import type { WrappedDataKey } from './dataKey';
import { KeysBoundElsewhereError } from './errors';

/**
 * The operating system's keychain as the store sees it (docs/trust.md, "Electron safeStorage
 * seal"): in Electron, `safeStorage` through the `keys:seal` / `keys:unseal` channels
 * (host/keySealer.ts); absent in browser mode, where the rows stay password-only. It is only
 * ever given an account's data key already wrapped under the password-derived key
 * (`WrappedDataKey.wrapped`), never the key.
 */
export interface KeySealer {
  /** The wrap sealed with this machine's OS key (base64); undefined where the OS offers none (the row then stays password-only). */
  seal(wrapped: string): Promise<string | undefined>;
  /** The password wrap back; throws (a `KeysBoundElsewhereError` where the reason is known) when this machine cannot open it. */
  unseal(sealed: string): Promise<string>;
}

/**
 * An account's data-key wrap as stored in its `KeyWrapRow`: with `osSealed`, `wrapped` is the
 * password wrap sealed once more by the operating system, so the profile's files alone do not
 * open it, even to someone who guesses a weak password. `keyId` and `iv` stay in clear: they
 * name the key and open the inner wrap, and say nothing of it.
 */
export interface StoredDataKeyWrap extends WrappedDataKey {
  osSealed?: true;
}

/** The form to store: sealed when there is a sealer and the OS has a key, else the password wrap as it is. */
export async function sealForStorage(wrap: WrappedDataKey, sealer: KeySealer | undefined): Promise<StoredDataKeyWrap> {
  const sealed = sealer ? await sealer.seal(wrap.wrapped) : undefined;
  return sealed === undefined ? wrap : { ...wrap, wrapped: sealed, osSealed: true };
}

/** A key-wrap row (or any row with a data-key wrap) ready to store: its data key sealed as above. */
export async function withSealedDataKey<Row extends { dataKey?: StoredDataKeyWrap }>(row: Row, sealer: KeySealer | undefined): Promise<Row> {
  if (!row.dataKey || row.dataKey.osSealed) return row;
  return { ...row, dataKey: await sealForStorage(row.dataKey, sealer) };
}

/**
 * The password wrap inside a stored wrap, to unwrap with the password-derived key. A sealed
 * wrap this machine cannot open is a `KeysBoundElsewhereError`: whatever made the keychain
 * fail (another machine's or OS account's key, an altered blob), no password can help.
 */
export async function passwordWrapOf(stored: StoredDataKeyWrap, sealer: KeySealer | undefined): Promise<WrappedDataKey> {
  const { osSealed, ...wrap } = stored;
  if (!osSealed) return wrap;
  if (!sealer) throw new KeysBoundElsewhereError('keychainUnavailable');
  let wrapped: string;
  try {
    wrapped = await sealer.unseal(stored.wrapped);
  } catch (error) {
    if (error instanceof KeysBoundElsewhereError) throw error;
    throw new KeysBoundElsewhereError('otherComputer');
  }
  return { ...wrap, wrapped };
}
