/**
 * Index keys for finding a case by any part of its reference or of a document number
 * ("000001" in RC-2026-000001, "1234567" in AB12345678): every tail (suffix) of each value,
 * its separators removed, of at least MIN_NUMBER_PART_LENGTH characters and holding a digit.
 * A part anywhere in a value is the beginning of one of its tails, so a prefix read of the
 * multi-entry index finds it (an infix search without a scan); the end of a value is a whole
 * tail. RC2026000123 gives RC2026000123, C2026000123 … 0123: nine entries, AB12345678 seven.
 */

/**
 * Shortest part searched for (and shortest tail stored): fewer characters would match much of
 * the caseload ("001" is in one reference in a hundred) and add entries to every case.
 */
export const MIN_NUMBER_PART_LENGTH = 4;

/** A reference or document number as its tails are cut from it, and as a typed part is compared: upper case, letters and digits only. */
export function numberPartKey(value: string): string {
  return value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The tail keys of a case: every tail of its reference and of each document number (as given, normalised inside). */
export function numberTailKeys(values: readonly string[]): string[] {
  const tails = new Set<string>();
  for (const value of values) {
    const key = numberPartKey(value);
    for (let start = 0; start + MIN_NUMBER_PART_LENGTH <= key.length; start++) {
      const tail = key.slice(start);
      // A tail without a digit ("ABCD" of a number ending in letters) is never searched for: a typed part needs a digit.
      if (/\p{N}/u.test(tail)) tails.add(tail);
    }
  }
  return [...tails];
}
