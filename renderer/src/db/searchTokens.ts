import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { RecordKeys } from './recordKeys';

/**
 * Keyed search tokens (issue 14, point 3): what the indexes hold in place of a name word, a
 * phonetic key or a document number once the store is sealed. HMAC-SHA-256 under the record
 * token key (recordKeys.ts), truncated to 96 bits, base64, behind TOKEN_MARK. Synchronous
 * (@noble/hashes): a bulk import writes tens of tokens per case, and one WebCrypto call per
 * token would cost more than the write.
 *
 * What a token reveals: equal inputs give equal tokens, so two cases sharing a family name or
 * a document number are seen to share it, and the number of distinct words is visible. What
 * it does not: the word, its length, its sound, or whether two different words are alike; a
 * guess can only be checked with the key. The kind of input (name word, phonetic key, whole
 * document number, four characters of one) is part of the HMAC input, so tokens of different
 * kinds never meet.
 */
export type SearchTokenKind = 'word' | 'phonetic' | 'document' | 'documentPart';

/** Starts every token: no folded word, reference or number part begins with it, so clear keys and tokens never meet in a prefix read. */
export const TOKEN_MARK = '*';

const TOKEN_BYTES = 12;
const kindPrefix: Readonly<Record<SearchTokenKind, string>> = { word: 'w:', phonetic: 'p:', document: 'd:', documentPart: 'g:' };
/** Cached tokens per key, at most this many (name words repeat across a caseload; numbers rarely do). */
const CACHE_LIMIT = 200_000;

export interface SearchTokenizer {
  token(kind: SearchTokenKind, text: string): string;
}

const tokenizers = new WeakMap<RecordKeys, SearchTokenizer>();

/** The tokenizer of these keys (one per key, with its cache: dropped with the keys at lock). */
export function searchTokenizer(keys: RecordKeys): SearchTokenizer {
  const known = tokenizers.get(keys);
  if (known) return known;
  const keyed = hmac.create(sha256, keys.token);
  const encoder = new TextEncoder();
  const cache = new Map<string, string>();
  const tokenizer: SearchTokenizer = {
    token(kind, text) {
      const input = kindPrefix[kind] + text;
      const cached = cache.get(input);
      if (cached !== undefined) return cached;
      const mac = keyed._cloneInto().update(encoder.encode(input)).digest();
      const token = TOKEN_MARK + toBase64(mac.subarray(0, TOKEN_BYTES));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(input, token);
      return token;
    },
  };
  tokenizers.set(keys, tokenizer);
  return tokenizer;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
