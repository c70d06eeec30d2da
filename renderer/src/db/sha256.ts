import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of one record's canonical text (an audit event, a case file) as lower-case hex,
 * synchronously (@noble/hashes): a workflow action hashes its event and its case inside the
 * IndexedDB transaction that writes them, where awaiting WebCrypto would let the transaction
 * commit. A record is a few kilobytes: tens of microseconds, less than one WebCrypto round trip.
 */
export function recordSha256Hex(content: string): string {
  return bytesToHex(sha256(utf8ToBytes(content)));
}

/**
 * SHA-256 of a whole file's content (a backup's tens of megabytes) through WebCrypto: native
 * code, off the page's JavaScript thread, as lower-case hex.
 */
export async function sha256Hex(content: string | Uint8Array): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}
