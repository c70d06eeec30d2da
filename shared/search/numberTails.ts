/**
 * Index keys for finding a case by the end of its reference or of a document number
 * ("000001" for RC-2026-000001, "1234567" for AB1234567): each value with its separators
 * removed, written backwards, so that "ends with" becomes "begins with", which an index
 * answers by a range read. One entry per value: a full n-gram or suffix index (any part,
 * not only the end) would add some 25 entries to every case written; a scan of the index
 * keys instead took about 1 s at 10,000 cases under load (see docs/architecture.md).
 */
export function numberTailKey(value: string): string {
  return [...value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '')].reverse().join('');
}

/** The tail keys of a case: its reference and every document number (as given, normalised inside). */
export function numberTailKeys(values: readonly string[]): string[] {
  return [...new Set(values.map(numberTailKey).filter((key) => key.length > 0))];
}
