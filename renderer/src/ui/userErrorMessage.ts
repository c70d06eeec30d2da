import type { UnmetCondition } from '../../../shared/workflow';
import {
  AccountChangeError,
  AccountStateError,
  ActionRefusedError,
  AuthenticationError,
  BackupError,
  CaseReferenceClashError,
  ConflictError,
  KeysBoundElsewhereError,
  NotFoundError,
  PasswordChangeRequiredError,
  PermissionError,
  SignInLimitError,
  WorkspaceLockedError,
} from '../db/errors';

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
  // The trust errors carry their own key (trust.errors.*), translated in features/trust/locales.
  if (
    error instanceof AccountStateError ||
    error instanceof SignInLimitError ||
    error instanceof BackupError ||
    error instanceof AccountChangeError ||
    error instanceof PasswordChangeRequiredError ||
    error instanceof WorkspaceLockedError ||
    error instanceof KeysBoundElsewhereError
  )
    return { key: error.messageKey, values: {} };
  if (error instanceof AuthenticationError) return { key: 'auth.errors.wrongCredentials', values: {} };
  // IndexedDB's own failures, by name (Dexie is not imported outside the store): a duplicate key, a full disk.
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'BulkError' || name === 'ConstraintError') return { key: 'trust.errors.duplicateRecord', values: {} };
  if (name === 'QuotaExceededError') return { key: 'trust.errors.storageFull', values: {} };
  return { key: 'caseFile.errors.unexpected', values: {} };
}
