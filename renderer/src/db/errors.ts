import type { GuardFailure } from '../../../shared/workflow/types';

/**
 * Domain errors of the local store. Each message is written for the caseworker who sees it:
 * what happened and what to do next. Components catch them by class (`instanceof`) or by
 * `code`, never by parsing messages.
 */

/** Someone else saved the case after it was opened here: reload, then redo the change. */
export class ConflictError extends Error {
  readonly code = 'conflict';
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;
  readonly changedBy: string;
  readonly changedAt: string;

  constructor(details: { caseId: string; reference?: string; expectedVersion: number; actualVersion: number; changedBy: string; changedAt: string }) {
    super(
      `Case ${details.reference ?? details.caseId} was changed by ${details.changedBy} at ${details.changedAt} after you opened it ` +
        `(you had version ${details.expectedVersion}, it is now at version ${details.actualVersion}). ` +
        'Your change was not saved: reload the case, check their change, then redo yours.',
    );
    this.name = 'ConflictError';
    this.caseId = details.caseId;
    this.expectedVersion = details.expectedVersion;
    this.actualVersion = details.actualVersion;
    this.changedBy = details.changedBy;
    this.changedAt = details.changedAt;
  }
}

/** Another case already has this reference (a case imported or restored with it); nothing was written. */
export class CaseReferenceClashError extends Error {
  readonly code = 'reference-clash';
  readonly reference: string;

  constructor(reference: string) {
    super(
      `The case reference ${reference} is already used by another case in this workspace. Nothing was saved: try again, the next free number will be taken.`,
    );
    this.name = 'CaseReferenceClashError';
    this.reference = reference;
  }
}

/** The signed-in user's role does not allow the operation; nothing was written. */
export class PermissionError extends Error {
  readonly code = 'permission';
  readonly operation: string;

  constructor(operation: string, reason: string) {
    super(`${reason} Nothing was saved. Ask a supervisor or an administrator if this operation is needed.`);
    this.name = 'PermissionError';
    this.operation = operation;
  }
}

export class NotFoundError extends Error {
  readonly code = 'not-found';

  constructor(what: string) {
    super(`${what} was not found in this workspace. It may have been created in the other workspace (production or training).`);
    this.name = 'NotFoundError';
  }
}

/** A workflow guard refused the action: each unmet condition says what to record first, with its legal basis. */
export class ActionRefusedError extends Error {
  readonly code = 'action-refused';
  readonly failure: GuardFailure;

  constructor(failure: GuardFailure) {
    super(`The action "${failure.actionId}" cannot be done yet: ${failure.unmet.map((condition) => condition.message).join(' ')}`);
    this.name = 'ActionRefusedError';
    this.failure = failure;
  }
}

/** Sign-in failed. Deliberately does not say whether the user name or the password was wrong. */
export class AuthenticationError extends Error {
  readonly code = 'authentication';

  constructor(message = 'User name or password is not correct. Check both and try again; an administrator can reset a forgotten password.') {
    super(message);
    this.name = 'AuthenticationError';
  }
}

/** Why a backup was refused: the i18n key is `trust.errors.backup.<reason>` (listed at run time so a test can check every key). */
export const backupRefusals = [
  'notABackup',
  'damaged',
  'unsealedFormat',
  'passphraseRequired',
  'wrongPassphraseOrAltered',
  'newerVersion',
  'incomplete',
  'auditBroken',
  'duplicateCase',
  'duplicateUser',
  'otherWorkspace',
  'noAdministrator',
  'settingsInvalid',
  'weakPasswordHash',
  'passphraseTooShort',
  'signInAgain',
] as const;
export type BackupRefusal = (typeof backupRefusals)[number];

/** A backup file that cannot be restored; the database was left untouched. */
export class BackupError extends Error {
  readonly code = 'backup';
  readonly issues: readonly string[];
  readonly reason: BackupRefusal;
  /** The translatable message: `trust.errors.backup.<reason>`. */
  readonly messageKey: string;

  constructor(message: string, issues: readonly string[] = [], reason: BackupRefusal = 'damaged') {
    super(`${message} The database was not changed.`);
    this.name = 'BackupError';
    this.issues = issues;
    this.reason = reason;
    this.messageKey = `trust.errors.backup.${reason}`;
  }
}

/**
 * The signed-in account no longer allows this write (read again in the write transaction):
 * it was deactivated, it is unknown to this database, or its role changed since sign-in.
 * Nothing was written; the session must be refreshed (`refreshSession`) or ended.
 */
export const accountStateReasons = ['deactivated', 'unknown', 'roleChanged'] as const;

export class AccountStateError extends Error {
  readonly code = 'account-state';
  readonly reason: (typeof accountStateReasons)[number];
  readonly messageKey: string;

  constructor(reason: AccountStateError['reason']) {
    super(
      reason === 'deactivated'
        ? 'Your account has been deactivated. Nothing was saved; you are signed out.'
        : reason === 'unknown'
          ? 'Your account is not known to this workspace. Nothing was saved; sign in again.'
          : 'Your role was changed by an administrator. Nothing was saved; the application now uses your new role.',
    );
    this.name = 'AccountStateError';
    this.reason = reason;
    this.messageKey = `trust.errors.account.${reason}`;
  }
}

/** Too many wrong passwords: wait (`retryAfterMs`), or the account is locked until an administrator unlocks it. */
export const signInLimitReasons = ['wait', 'lockedOut'] as const;

export class SignInLimitError extends Error {
  readonly code = 'sign-in-limit';
  readonly reason: (typeof signInLimitReasons)[number];
  readonly retryAfterMs: number;
  readonly messageKey: string;

  constructor(reason: SignInLimitError['reason'], retryAfterMs = 0) {
    super(
      reason === 'wait'
        ? `Too many wrong passwords: wait ${Math.ceil(retryAfterMs / 1000)} seconds before trying again.`
        : 'This account is locked after too many wrong passwords. An administrator must unlock it.',
    );
    this.name = 'SignInLimitError';
    this.reason = reason;
    this.retryAfterMs = retryAfterMs;
    this.messageKey = `trust.errors.signIn.${reason}`;
  }
}

/** Why an administrator's change to an account (or a user's own password change) was refused: `trust.errors.accountChange.<reason>`. */
export const accountChangeRefusals = [
  'usernameTaken',
  'usernameFormat',
  'passwordTooShort',
  'samePassword',
  'changedMeanwhile',
  'ownAccount',
  'lastAdministrator',
  'inUse',
] as const;
export type AccountChangeRefusal = (typeof accountChangeRefusals)[number];

/** An account change that was refused; nothing was written. */
export class AccountChangeError extends Error {
  readonly code = 'account-change';
  readonly reason: AccountChangeRefusal;
  readonly messageKey: string;

  constructor(reason: AccountChangeRefusal, message: string) {
    super(message);
    this.name = 'AccountChangeError';
    this.reason = reason;
    this.messageKey = `trust.errors.accountChange.${reason}`;
  }
}

/**
 * The password is right, but an administrator reset it: the user must choose a new one
 * (`completePasswordChange`) before the account signs in. No session is opened.
 */
export class PasswordChangeRequiredError extends Error {
  readonly code = 'password-change-required';
  readonly username: string;
  readonly messageKey = 'trust.errors.signIn.passwordChangeRequired';

  constructor(username: string) {
    super('Your password was reset by an administrator: choose a new password to sign in.');
    this.name = 'PasswordChangeRequiredError';
    this.username = username;
  }
}

/**
 * Data that is stored encrypted was asked for while this window does not hold the
 * workspace's data key (workspaceKeyring.ts): the screen is locked, or the window was
 * reloaded since the password was typed (`locked`: the password brings the key back), or
 * this account was never given the key (`noKey`: an administrator must set its password).
 * Nothing was read or written.
 */
export const workspaceLockedReasons = ['locked', 'noKey'] as const;

export class WorkspaceLockedError extends Error {
  readonly code = 'workspace-locked';
  readonly reason: (typeof workspaceLockedReasons)[number];
  readonly messageKey: string;

  constructor(reason: WorkspaceLockedError['reason'] = 'locked') {
    super(
      reason === 'locked'
        ? 'The workspace is locked: enter your password to read or save this.'
        : 'Your account does not hold the key of this workspace yet: ask an administrator to set your password.',
    );
    this.name = 'WorkspaceLockedError';
    this.reason = reason;
    this.messageKey = `trust.errors.workspaceLocked.${reason}`;
  }
}

/**
 * The account's data-key wrap is sealed with the operating system's keychain (keySeal.ts),
 * and this machine cannot open it: the profile was copied from another computer or another
 * OS account (`otherComputer`), or the keychain does not answer here (`keychainUnavailable`:
 * locked, not running, or browser mode). No password opens it; the sealed backup is the way
 * to move a workspace. Nothing was read or written, and no session was opened.
 */
export const keysBoundElsewhereReasons = ['otherComputer', 'keychainUnavailable'] as const;

export class KeysBoundElsewhereError extends Error {
  readonly code = 'keys-bound-elsewhere';
  readonly reason: (typeof keysBoundElsewhereReasons)[number];
  readonly messageKey: string;

  constructor(reason: KeysBoundElsewhereError['reason']) {
    super(
      reason === 'otherComputer'
        ? 'The keys of this profile are bound to another computer or operating-system account: no password opens them here. To move a workspace, make a sealed backup where it was used and restore it here.'
        : "The keys of this profile are sealed with the operating system's keychain, which does not answer here. Sign in with the desktop application on the computer and account where the workspace was used, its keychain unlocked; to move a workspace, use a sealed backup.",
    );
    this.name = 'KeysBoundElsewhereError';
    this.reason = reason;
    this.messageKey = `trust.errors.keysBound.${reason}`;
  }
}
