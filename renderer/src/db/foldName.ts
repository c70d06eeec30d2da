import { foldText } from '../../../shared/search/foldText';

// Name folding lives in shared/search, beside the phonetic key that builds on it (both are pure).
export { foldText, nameTokens } from '../../../shared/search/foldText';

/**
 * Document numbers are compared without spaces, dashes or dots and in upper case, as they
 * are printed differently on a passport, a copy and a police report.
 */
export function normaliseDocumentNumber(number: string): string {
  return foldText(number)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase();
}

/** Case references are matched case-insensitively and without surrounding spaces. */
export function normaliseReference(reference: string): string {
  return reference.trim().toUpperCase();
}
