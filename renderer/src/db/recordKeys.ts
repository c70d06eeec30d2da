import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The keys that protect the records of a workspace (issue 14, points 2 and 3), derived with
 * HKDF-SHA-256 from the workspace data key (dataKey.ts) when a password unwraps it, and
 * dropped with it when the screen locks:
 *
 * - `seal`: XChaCha20-Poly1305 key for case records, audit payloads and the search lexicon
 *   (recordCipher.ts). A synchronous cipher, because a record is sealed and opened inside
 *   IndexedDB transactions, which cannot wait for WebCrypto (its promises let the transaction
 *   commit), and because one layer (sealedStore.ts) then serves every read and write.
 * - `token`: HMAC-SHA-256 key of the search tokens that stand in the indexes for names and
 *   document numbers (searchTokens.ts).
 *
 * Both exist as bytes in memory while the workspace is unlocked (a WebCrypto key cannot serve
 * a synchronous cipher): code running in the unlocked window can read them, which is outside
 * what encryption at rest protects against (docs/trust.md). The data key itself stays a
 * non-extractable CryptoKey.
 */
export interface RecordKeys {
  /** The data key they come from (`HeldDataKey.keyId`): every sealed record names it. */
  keyId: string;
  seal: Uint8Array;
  token: Uint8Array;
}

const SEAL_INFO = 'ercms/record-seal/v1';
const TOKEN_INFO = 'ercms/search-token/v1';

/** The record keys of a data key, from its bytes (which the caller lets go at once). */
export function deriveRecordKeys(keyId: string, material: Uint8Array): RecordKeys {
  const salt = new TextEncoder().encode(keyId);
  return {
    keyId,
    seal: hkdf(sha256, material, salt, new TextEncoder().encode(SEAL_INFO), 32),
    token: hkdf(sha256, material, salt, new TextEncoder().encode(TOKEN_INFO), 32),
  };
}
