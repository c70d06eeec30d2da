import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { IsoDate } from '../../model';

/** What a pseudonym stands for: a different kind never yields the same pseudonym for the same text. */
export type PseudonymKind = 'name' | 'document_number';

const prefixes: Record<PseudonymKind, string> = { name: 'NAME', document_number: 'DOC' };

/** Crockford base-32 (no I, L, O, U): pseudonyms read aloud or retyped without confusion. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && text.length < length) {
      text += alphabet.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (text.length >= length) break;
  }
  return text;
}

/** The same person written with other spacing or case gets the same pseudonym. */
function normalised(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('und');
}

export interface Pseudonymiser {
  /** A stable pseudonym, e.g. `NAME-7K3Q9T2M4B`: the same text under the same key always gives the same one. */
  pseudonym(kind: PseudonymKind, text: string): string;
}

/** Minimum key length: 128 bits, so pseudonyms cannot be reversed by trying names. */
export const pseudonymKeyBytes = 32;

/** A fresh random key for one export (pseudonyms then differ from every other export). */
export function newPseudonymKey(): Uint8Array {
  return randomBytes(pseudonymKeyBytes);
}

export function pseudonymKeyToHex(key: Uint8Array): string {
  return bytesToHex(key);
}

/**
 * Pseudonyms as a keyed hash: HMAC-SHA-256 (RFC 2104) of the kind and the normalised text
 * under the export's or the workspace's key, 50 bits shown in base 32. Without the key a
 * pseudonym cannot be linked back to a name (a plain hash of a name could be, by hashing
 * candidate names). One key per export: pseudonyms link rows within the file only; one key
 * per workspace: they also link files of that workspace. Synchronous, so a worker can
 * pseudonymise row by row.
 */
export function createPseudonymiser(key: Uint8Array): Pseudonymiser {
  if (key.length < 16) throw new Error('A pseudonym key needs at least 16 bytes');
  const keyCopy = Uint8Array.from(key);
  const cache = new Map<string, string>();
  return {
    pseudonym(kind, text) {
      const input = `${kind}\u0000${normalised(text)}`;
      const known = cache.get(input);
      if (known !== undefined) return known;
      const pseudonym = `${prefixes[kind]}-${base32(hmac(sha256, keyCopy, utf8ToBytes(input)), 10)}`;
      // Names repeat (families, aliases); the cache is bounded so 100,000 rows stay small.
      if (cache.size < 50_000) cache.set(input, pseudonym);
      return pseudonym;
    },
  };
}

/** A date of birth reduced to its year (data minimisation: age bands stay possible, the person is not pinned). */
export function birthYear(date: IsoDate | null | undefined): number | null {
  if (date === null || date === undefined) return null;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}
