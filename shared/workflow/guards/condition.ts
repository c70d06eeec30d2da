import type { UnmetCondition } from '../types';

/** Builds an unmet condition; the message says what to record or do, the basis where the rule comes from. */
export function unmet(id: string, message: string, legalBasis: string): UnmetCondition {
  return { id, message, legalBasis };
}

/** Procedural conditions of this office, not of a statute. */
export const officeProcedure = 'eRCMS office procedure (domain.md §5(b))';
