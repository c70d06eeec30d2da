import { z } from 'zod';

/**
 * Local account passwords: PBKDF2-SHA-256 in WebCrypto with a random 16-byte salt. OWASP's
 * 2023 guidance for PBKDF2-HMAC-SHA256 is at least 600,000 iterations; the count is stored
 * with each hash so it can be raised later without locking anyone out.
 */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export const PasswordHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().min(1),
  salt: z.base64(),
  hash: z.base64(),
});
export type PasswordHash = z.infer<typeof PasswordHashSchema>;

export interface PasswordHashOptions {
  /**
   * Test-only: unit tests lower the count to keep fast. Production code never passes it,
   * so the default (≥ 600,000) applies.
   */
  iterationsForTestsOnly?: number;
}

export async function hashPassword(password: string, options: PasswordHashOptions = {}): Promise<PasswordHash> {
  const iterations = options.iterationsForTestsOnly ?? DEFAULT_PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations);
  return constantTimeEqual(actual, expected);
}

/** Compares every byte whatever the first difference, so timing does not reveal how much matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Bytes per String.fromCharCode call in the fallback (well under the engines' argument limits). */
const BASE64_CHUNK = 0x8000;

/**
 * Native where the engine has it (Uint8Array.prototype.toBase64, current Chromium); else in
 * chunks. A sealed backup's ciphertext is hundreds of MB at 100,000 cases: byte by byte, the
 * conversion took 1 s per 5 MB, the most of a backup's time after the reads.
 */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += BASE64_CHUNK) {
    // apply takes the typed array as it is (array-like); spreading it would go through its iterator, byte by byte.
    chunks.push(String.fromCharCode.apply(null, bytes.subarray(start, start + BASE64_CHUNK) as unknown as number[]));
  }
  return btoa(chunks.join(''));
}

export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
