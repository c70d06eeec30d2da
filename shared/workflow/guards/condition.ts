import { explain, type Explanation, type MessageKey, type MessageParams } from '../../explanations';
import type { UnmetCondition } from '../types';

/**
 * Builds an unmet condition: `id` names the condition (tests, de-duplication), the message
 * says what to record or do and comes from the catalogue (shared/explanations) with every
 * value it shows in `params` (see `say`), the basis says where the rule comes from.
 * A plain string is a transitional English-only message: the renderer looks it up as
 * `caseFile.unmet.<id>` and falls back to the English. Prefer a catalogue message.
 */
export function unmet(id: string, message: Explanation | string, legalBasis: string): UnmetCondition {
  if (typeof message === 'string') return { id, message, legalBasis, params: {} };
  return { id, messageKey: message.key, params: message.params, message: message.text, legalBasis };
}

/** A catalogue message of an unmet condition: `say('unmet.currently_detained')`, `say('unmet.stage', { stage, stages })`. */
export function say(key: MessageKey, params?: MessageParams): Explanation {
  return explain(key, params);
}

/** Procedural conditions of this office, not of a statute. */
export const officeProcedure = 'Office procedure of the Immigration Office (internal rule, not a statute)';
