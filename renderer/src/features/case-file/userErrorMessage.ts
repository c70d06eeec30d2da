import { ActionRefusedError, ConflictError, NotFoundError, PermissionError } from '../../db/errors';

export interface UserErrorMessage {
  key: string;
  values: Record<string, string>;
}

/**
 * What the caseworker reads when an operation fails: a translated sentence chosen by the
 * error's class, with the facts it carries (who changed the case, what is missing). Never
 * a stack trace; an unexpected error gets a calm generic message.
 */
export function userErrorMessage(error: unknown): UserErrorMessage {
  if (error instanceof ConflictError) return { key: 'caseFile.errors.conflict', values: { changedBy: error.changedBy, changedAt: error.changedAt } };
  if (error instanceof PermissionError) return { key: 'caseFile.errors.permission', values: {} };
  if (error instanceof ActionRefusedError) return { key: 'caseFile.errors.refused', values: { issues: error.failure.unmet.map((condition) => condition.message).join(' ') } };
  if (error instanceof NotFoundError) return { key: 'caseFile.errors.notFound', values: {} };
  return { key: 'caseFile.errors.unexpected', values: {} };
}
