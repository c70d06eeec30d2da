import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import type { RecordKeys } from './recordKeys';

/**
 * Seals and opens one stored record under the workspace's record key: XChaCha20-Poly1305
 * with a random 192-bit nonce per write (random nonces of that size never repeat in
 * practice, unlike AES-GCM's 96 bits at millions of writes), and a label as additional data
 * naming where the record belongs (workspace database, table and key), so a ciphertext
 * copied onto another record or into the other workspace fails its tag instead of being read
 * there. Stored as bytes (nonce then ciphertext): IndexedDB keeps an Uint8Array as it is,
 * with no base64 growth.
 */
const NONCE_BYTES = 24;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Opens XChaCha20-Poly1305 (IETF): the plaintext of `ciphertext` (with its tag) under `key` and
 * `nonce`, with `additionalData`; throws when the tag does not verify.
 */
export type XChaChaOpener = (key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, additionalData: Uint8Array) => Uint8Array;

export const openWithJavaScript: XChaChaOpener = (key, nonce, ciphertext, additionalData) => xchacha20poly1305(key, nonce, additionalData).decrypt(ciphertext);

let opener: XChaChaOpener = openWithJavaScript;

/**
 * Opens this realm's records with another implementation of the same cipher: the case export's
 * workers use libsodium's WebAssembly (wasmRecordOpener.ts), about three times faster per
 * record than the JavaScript one. Sealing always stays in JavaScript: it runs inside
 * IndexedDB transactions, synchronously, on the page.
 */
export function setRecordOpener(next: XChaChaOpener): void {
  opener = next;
}

export function sealRecord(keys: RecordKeys, label: string, value: unknown): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = xchacha20poly1305(keys.seal, nonce, encoder.encode(label)).encrypt(encoder.encode(JSON.stringify(value)));
  const sealed = new Uint8Array(NONCE_BYTES + ciphertext.length);
  sealed.set(nonce);
  sealed.set(ciphertext, NONCE_BYTES);
  return sealed;
}

/** The value; throws when the record was sealed under another key, for another label, or altered. */
export function openRecord(keys: RecordKeys, label: string, sealed: Uint8Array): unknown {
  const plain = opener(keys.seal, sealed.subarray(0, NONCE_BYTES), sealed.subarray(NONCE_BYTES), encoder.encode(label));
  return JSON.parse(decoder.decode(plain)) as unknown;
}
