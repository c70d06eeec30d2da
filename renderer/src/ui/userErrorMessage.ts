import type { UnmetCondition } from '../../../shared/workflow';
import { ActionRefusedError, CaseReferenceClashError, ConflictError, NotFoundError, PermissionError } from '../db/errors';

export interface UserErrorMessage {
  key: string;
  /** Values of the message; `issues` is the refused conditions in English (see `conditions` for their translation). */
  values: Record<string, string>;
  /** The conditions a refused action did not meet, to word in the user's language (useUserErrorText). */
  conditions?: UnmetCondition[];
}

/**
 * What the caseworker reads when an operation fails: a translated sentence chosen by the
 * error's class, with the facts it carries (who changed the case, what is missing). Never
 * a stack trace; an unexpected error gets a calm generic message.
 */
export function userErrorMessage(error: unknown): UserErrorMessage {
  if (error instanceof ConflictError) return { key: 'caseFile.errors.conflict', values: { changedBy: error.changedBy, changedAt: error.changedAt } };
  if (error instanceof PermissionError) return { key: 'caseFile.errors.permission', values: {} };
  if (error instanceof ActionRefusedError)
    return {
      key: 'caseFile.errors.refused',
      values: { issues: error.failure.unmet.map((condition) => condition.message).join(' ') },
      conditions: error.failure.unmet,
    };
  if (error instanceof NotFoundError) return { key: 'caseFile.errors.notFound', values: {} };
  if (error instanceof CaseReferenceClashError) return { key: 'caseFile.errors.referenceClash', values: { reference: error.reference } };
  return { key: 'caseFile.errors.unexpected', values: {} };
}
