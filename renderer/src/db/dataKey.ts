import type { UnlockedSecret } from './auditKey';
import { fromBase64, toBase64 } from './passwordHash';
import { deriveRecordKeys } from './recordKeys';
import type { HeldDataKey } from './workspaceKeyring';

/**
 * The workspace data key (issue 14): 32 random bytes used as an AES-GCM 256 key for the data
 * stored encrypted (today the intake drafts; case records, audit payloads and search-token
 * keys follow, docs/trust.md). It is stored only wrapped:
 *
 * - **per account**, inside the account's key-wrap row (`KeyWrapRow.dataKey`), under the same
 *   password-derived key that wraps the workspace secret (auditKey.ts). One bundle per account
 *   rather than a second row: the sign-in derives ONE PBKDF2 key (600,000 iterations, the cost
 *   that matters) and opens both, and the two can never drift apart (a password change writes
 *   one row). Each wrap has its own IV and its own additional data, so neither ciphertext can
 *   stand in for the other.
 * - **in transit** (`meta` row `DATA_KEY_TRANSIT`), only while accounts that existed before the
 *   data key have not signed in since: under a key derived (HKDF) from the workspace secret, so
 *   that any account holding the secret picks the SAME data key up at its next sign-in and wraps
 *   it for itself. Deleted once every active account that holds the secret holds the data key.
 */
export interface WrappedDataKey {
  keyId: string;
  iv: string;
  wrapped: string;
}

export const DATA_KEY_TRANSIT = 'dataKeyTransit';
const DATA_KEY_BYTES = 32;
const TRANSIT_KEY_INFO = 'ercms/data-key-transit/v1';

/** A fresh data key: its bytes (to wrap at once, then let go) and its id. */
export function newDataKeyMaterial(): { keyId: string; material: Uint8Array } {
  return { keyId: crypto.randomUUID(), material: crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES)) };
}

/** Additional data of an account's wrap: it cannot be moved to another account or key. */
function accountLabel(keyId: string, userId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`ercms-data-key|${keyId}|${userId}`);
}

function transitLabel(keyId: string, secretKeyId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`ercms-data-key-transit|${keyId}|${secretKeyId}`);
}

async function seal(material: Uint8Array, key: CryptoKey, keyId: string, additionalData: Uint8Array<ArrayBuffer>): Promise<WrappedDataKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, material as Uint8Array<ArrayBuffer>));
  return { keyId, iv: toBase64(iv), wrapped: toBase64(wrapped) };
}

async function open(wrap: WrappedDataKey, key: CryptoKey, additionalData: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrap.iv) as Uint8Array<ArrayBuffer>, additionalData },
      key,
      fromBase64(wrap.wrapped) as Uint8Array<ArrayBuffer>,
    ),
  );
}

/** The data key wrapped for one account, under that account's password-derived key. */
export function wrapDataKeyForAccount(material: Uint8Array, keyId: string, userId: string, wrappingKey: CryptoKey): Promise<WrappedDataKey> {
  return seal(material, wrappingKey, keyId, accountLabel(keyId, userId));
}

/**
 * Opens an account's wrap into a non-extractable key. The bytes are unwrapped straight into
 * the CryptoKey (`unwrapKey`); `material` opens the same wrap again only when the key must be
 * wrapped for another password. Throws when the wrapping key (the password) is wrong.
 */
export async function unwrapDataKeyOfAccount(wrap: WrappedDataKey, userId: string, wrappingKey: CryptoKey): Promise<HeldDataKey> {
  const additionalData = accountLabel(wrap.keyId, userId);
  const key = await crypto.subtle.unwrapKey(
    'raw',
    fromBase64(wrap.wrapped) as Uint8Array<ArrayBuffer>,
    wrappingKey,
    { name: 'AES-GCM', iv: fromBase64(wrap.iv) as Uint8Array<ArrayBuffer>, additionalData },
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const material = await open(wrap, wrappingKey, additionalData);
  const records = deriveRecordKeys(wrap.keyId, material);
  material.fill(0);
  return { keyId: wrap.keyId, key, material: () => open(wrap, wrappingKey, additionalData), records };
}

/** A non-extractable key from fresh bytes, whose material comes back from the account wrap just made. */
export async function holdableDataKey(material: Uint8Array, wrap: WrappedDataKey, userId: string, wrappingKey: CryptoKey): Promise<HeldDataKey> {
  const key = await crypto.subtle.importKey('raw', material as Uint8Array<ArrayBuffer>, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return {
    keyId: wrap.keyId,
    key,
    material: () => open(wrap, wrappingKey, accountLabel(wrap.keyId, userId)),
    records: deriveRecordKeys(wrap.keyId, material),
  };
}

async function transitKey(secret: UnlockedSecret): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', secret.secret as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(secret.keyId), info: new TextEncoder().encode(TRANSIT_KEY_INFO) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The data key under the workspace secret, for the accounts that do not hold it yet (see above). */
export async function wrapDataKeyInTransit(material: Uint8Array, keyId: string, secret: UnlockedSecret): Promise<WrappedDataKey> {
  return seal(material, await transitKey(secret), keyId, transitLabel(keyId, secret.keyId));
}

/** The bytes of a transit copy; undefined when it does not open under this secret. */
export async function openDataKeyInTransit(wrap: WrappedDataKey, secret: UnlockedSecret): Promise<Uint8Array | undefined> {
  try {
    return await open(wrap, await transitKey(secret), transitLabel(wrap.keyId, secret.keyId));
  } catch {
    return undefined;
  }
}
