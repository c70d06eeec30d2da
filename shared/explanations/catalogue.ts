import { auditMessages } from './auditMessages';
import { ruleMessages } from './ruleMessages';
import { termMessages } from './termMessages';
import { unmetMessages } from './unmetMessages';
import { warningMessages } from './warningMessages';

/**
 * The catalogue of every message shared/ can word (in English): a message that is not
 * here cannot be produced (see explain.ts), so translating this catalogue translates
 * every explanation. The renderer serves it as the `explanations` namespace.
 */
export const englishMessages = { ...ruleMessages, ...unmetMessages, ...auditMessages, ...warningMessages } as const;
export type MessageKey = keyof typeof englishMessages;

export const englishTerms = termMessages;
export type TermGroup = keyof typeof termMessages;
