import { putCaseRows } from './caseRowWrite';
import type { Actor, Role } from '../../../shared/model/actor';
import { writeWithAudit } from './auditedWrite';
import type { KeyWrapRow, OpenedAccountWrap, UnlockedSecret } from './auditKey';
import { createSecret, forgetSecret, hasWorkspaceSecret, openAccountWrap, rememberSecret, unlockedSecret, wrapAccountKeys, wrapSecret } from './auditKey';
import {
  DATA_KEY_TRANSIT,
  holdableDataKey,
  newDataKeyMaterial,
  openDataKeyInTransit,
  unwrapDataKeyOfAccount,
  wrapDataKeyForAccount,
  wrapDataKeyInTransit,
} from './dataKey';
import { readCheckpoint } from './auditAnchor';
import type { AuditDraft } from './auditEventRecord';
import type { ErcmsDatabase } from './database';
import {
  AccountChangeError,
  AuthenticationError,
  KeysBoundElsewhereError,
  NotFoundError,
  PasswordChangeRequiredError,
  PermissionError,
  SignInLimitError,
} from './errors';
import type { StoredDataKeyWrap } from './keySeal';
import { passwordWrapOf, sealForStorage, withSealedDataKey } from './keySeal';
import type { SessionStateRow } from './sessionState';
import { MAX_FAILED_UNLOCKS } from './sessionState';
import { afterFailure, assertSignInAllowed } from './signInLimits';
import type { PasswordHashOptions } from './passwordHash';
import { hashPassword, verifyPassword } from './passwordHash';
import { assertPermission, hasPermission } from './permissions';
import type { StoreContext } from './storeContext';
import type { UserProfile, UserRecord } from './userRecord';
import { toUserProfile } from './userRecord';
import { dropDataKey, heldDataKey, holdDataKey } from './workspaceKeyring';

export const MIN_PASSWORD_LENGTH = 12;

/** How an account's copy of the data key is kept: sealed by the OS keychain as well, by its password alone, or not held yet. */
export type KeyProtection = 'osKeychain' | 'passwordOnly' | 'noKey';

/** One account as the rest of the app may see it: who the person is, nothing to sign in with. */
export interface DirectoryEntry {
  id: string;
  displayName: string;
  role: Role;
  active: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

/** The actor recorded on the very first event, before any account exists. */
const firstRunActor: Actor = { userId: 'system', displayName: 'First-run setup', role: 'administrator' };

/** The actor of sign-in events that nobody signed in made (wrong passwords, lockouts). */
const signInActor: Actor = { userId: 'system', displayName: 'Sign-in check', role: 'administrator' };

/** What the auth gate learns at start or reload (store side of the session). */
export type SessionRefresh =
  | { status: 'active' | 'locked'; actor: Actor; username: string }
  | { status: 'signedOut'; reason: 'unknown' | 'deactivated' | 'lockedOut' | 'passwordReset' | 'noSession' };

export type UnlockOutcome = { status: 'unlocked'; actor: Actor } | { status: 'wrongPassword'; attemptsLeft: number } | { status: 'signedOut' };

function sessionRow(userId: string, locked: boolean, failedUnlocks: number): SessionStateRow {
  return { userId, locked, failedUnlocks, changedAt: new Date().toISOString() };
}

/**
 * Local accounts of one workspace database. Passwords are kept only as PBKDF2 hashes
 * (passwordHash.ts); every account change is audited.
 */
export function createUserRepository(context: StoreContext, hashOptions: PasswordHashOptions = {}) {
  const { db, workspace, keySealer } = context;

  function actorOf(user: UserRecord): Actor {
    return { userId: user.id, displayName: user.displayName, role: user.role };
  }

  function draft(actor: Actor, action: string, user: Pick<UserRecord, 'id' | 'username'>, changes: AuditDraft['changes']): AuditDraft {
    return { id: context.newId(), actor: { ...actor }, at: context.now().toISOString(), action, subject: `user ${user.username} (${user.id})`, changes };
  }

  async function build(input: NewUser, by: string): Promise<UserRecord> {
    const username = validUsername(input.username);
    validPassword(input.password);
    const at = context.now().toISOString();
    return {
      id: context.newId(),
      username,
      displayName: input.displayName.trim() || username,
      role: input.role,
      active: true,
      passwordHash: await hashPassword(input.password, hashOptions),
      createdAt: at,
      updatedAt: at,
      updatedBy: by,
      version: 1,
    };
  }

  /**
   * The workspace secret wrapped for an account's password, when this window holds the
   * secret; with the data key in the same bundle when the window holds that too (workspaceKeyring.ts).
   */
  async function wrapFor(userId: string, password: string, secret = unlockedSecret(db)): Promise<KeyWrapRow | undefined> {
    if (!secret) return undefined;
    // Sealed by the OS (Electron) before any transaction opens: an IPC call cannot run inside one.
    return withSealedDataKey(await wrapSecret(secret, userId, password, hashOptions.iterationsForTestsOnly, heldDataKey(db)), keySealer);
  }

  /** A fresh secret and a fresh data key wrapped together for one account; both are held once `commit` is called. */
  async function freshKeys(userId: string, password: string, secret: UnlockedSecret): Promise<{ wrap: KeyWrapRow; commit: () => Promise<void> }> {
    const fresh = newDataKeyMaterial();
    const { row, wrappingKey } = await wrapAccountKeys(secret, userId, password, hashOptions.iterationsForTestsOnly, {
      keyId: fresh.keyId,
      material: async () => fresh.material,
    });
    // The password wrap is kept for `holdableDataKey`; the row stores it sealed by the OS where there is a keychain.
    const wrapped = row.dataKey;
    return {
      wrap: await withSealedDataKey(row, keySealer),
      commit: async () => {
        rememberSecret(db, secret);
        if (wrapped) holdDataKey(db, await holdableDataKey(fresh.material, wrapped, userId, wrappingKey));
      },
    };
  }

  /** The data key in transit (dataKey.ts), if accounts are still waiting for it. */
  async function dataKeyInTransit(): Promise<StoredDataKeyWrap | undefined> {
    const row = await db.meta.get(DATA_KEY_TRANSIT);
    const value = row?.value as Partial<StoredDataKeyWrap> | undefined;
    if (typeof value?.keyId !== 'string' || typeof value.iv !== 'string' || typeof value.wrapped !== 'string') return undefined;
    return { keyId: value.keyId, iv: value.iv, wrapped: value.wrapped, ...(value.osSealed === true ? { osSealed: true as const } : {}) };
  }

  /** True when every active account that holds the secret holds the data key too: the transit copy can go. */
  async function everyHolderHasDataKey(wraps: readonly KeyWrapRow[]): Promise<boolean> {
    const owners = await db.users.bulkGet(wraps.map((row) => row.userId));
    return wraps.every((row, index) => row.dataKey !== undefined || owners[index]?.active !== true);
  }

  /** The transit copy goes once nobody needs it (an account waiting for it may have been deactivated or deleted since). */
  async function dropTransitIfServed(): Promise<void> {
    if (!(await db.meta.get(DATA_KEY_TRANSIT))) return;
    await db.transaction('rw', [db.keyWraps, db.meta, db.users], async () => {
      if (await everyHolderHasDataKey(await db.keyWraps.toArray())) await db.meta.delete(DATA_KEY_TRANSIT);
    });
  }

  /**
   * The data key at a sign-in, with the key that opened the account's wrap (no second PBKDF2):
   * 1. the account's own wrap holds it: unwrapped, non-extractable;
   * 2. else a transit copy exists (accounts from before the data key): opened with the
   *    secret and wrapped for this account, the SAME key as everyone's; the transit copy goes
   *    once every active account holding the secret has it;
   * 3. else, if no account has a data key (the first sign-in after the upgrade): created now,
   *    wrapped for this account and put in transit for the others, with an audit event;
   * 4. else (some accounts hold it, no transit is left): this account waits until an
   *    administrator sets its password, which wraps the key for it.
   */
  async function unlockDataKey(user: UserRecord, wrap: KeyWrapRow, opened: OpenedAccountWrap, attempt = 0): Promise<void> {
    if (wrap.dataKey) {
      // OS-sealed: opened by this machine's keychain first, or KeysBoundElsewhereError (no password can help).
      const passwordWrap = await passwordWrapOf(wrap.dataKey, keySealer);
      try {
        holdDataKey(db, await unwrapDataKeyOfAccount(passwordWrap, user.id, opened.wrappingKey));
      } catch {
        // A damaged wrap: this window goes without the key (reads of encrypted data say so).
        await dropTransitIfServed();
        return;
      }
      if (!wrap.dataKey.osSealed) await sealStoredWrap(user.id, wrap);
      await dropTransitIfServed();
      return;
    }
    const transit = await dataKeyInTransit();
    if (transit) {
      // Sealed by the OS like the accounts' wraps: else the secret's password-only wrap would open it from the files alone.
      const material = await openDataKeyInTransit(await passwordWrapOf(transit, keySealer), opened.secret);
      if (!material) return;
      const dataKey = await wrapDataKeyForAccount(material, transit.keyId, user.id, opened.wrappingKey);
      const stored = await sealForStorage(dataKey, keySealer);
      await db.transaction('rw', [db.keyWraps, db.meta, db.users], async () => {
        const current = await db.keyWraps.get(user.id);
        // Rewrapped meanwhile (a password change elsewhere): that row is left as it is.
        if (current?.salt !== wrap.salt || current.dataKey) return;
        await db.keyWraps.put({ ...current, dataKey: stored });
        if (await everyHolderHasDataKey(await db.keyWraps.toArray())) await db.meta.delete(DATA_KEY_TRANSIT);
      });
      holdDataKey(db, await holdableDataKey(material, dataKey, user.id, opened.wrappingKey));
      return;
    }
    if ((await db.keyWraps.filter((row) => row.dataKey !== undefined).count()) > 0) return;
    const fresh = newDataKeyMaterial();
    const dataKey = await wrapDataKeyForAccount(fresh.material, fresh.keyId, user.id, opened.wrappingKey);
    const stored = await sealForStorage(dataKey, keySealer);
    const inTransit = await sealForStorage(await wrapDataKeyInTransit(fresh.material, fresh.keyId, opened.secret), keySealer);
    const created: AuditDraft = {
      id: context.newId(),
      actor: actorOf(user),
      at: context.now().toISOString(),
      action: 'dataKey.created',
      subject: 'workspace data key created; the other accounts receive it at their next sign-in',
      changes: [],
    };
    try {
      await writeWithAudit(db, [created], async () => {
        const wraps = await db.keyWraps.toArray();
        const current = wraps.find((row) => row.userId === user.id);
        if (current?.salt !== wrap.salt || wraps.some((row) => row.dataKey !== undefined) || (await db.meta.get(DATA_KEY_TRANSIT))) {
          throw new Error('Another window created the data key meanwhile.');
        }
        const after = wraps.map((row) => (row.userId === user.id ? { ...row, dataKey: stored } : row));
        await db.keyWraps.put({ ...current, dataKey: stored });
        if (!(await everyHolderHasDataKey(after))) await db.meta.put({ key: DATA_KEY_TRANSIT, value: inTransit });
      });
    } catch (error) {
      // Another window was first: its key, in transit or in this account's row, is the one to take.
      if (attempt > 0) throw error;
      const reread = await db.keyWraps.get(user.id);
      if (reread?.salt === wrap.salt) await unlockDataKey(user, reread, opened, attempt + 1);
      return;
    }
    holdDataKey(db, await holdableDataKey(fresh.material, dataKey, user.id, opened.wrappingKey));
  }

  /**
   * A password-only wrap found at a sign-in where the OS now offers a key (written before this
   * version, or while the keychain was not answering): sealed now, so the profile's files
   * alone stop opening it. Only if the row is still the one read (a password change elsewhere
   * wins); a failure leaves it as it was and the sign-in goes on.
   */
  async function sealStoredWrap(userId: string, wrap: KeyWrapRow): Promise<void> {
    if (!keySealer || !wrap.dataKey) return;
    try {
      const sealed = await withSealedDataKey(wrap, keySealer);
      if (!sealed.dataKey?.osSealed) return;
      await db.transaction('rw', db.keyWraps, async () => {
        const current = await db.keyWraps.get(userId);
        if (current?.salt === wrap.salt && current.dataKey?.wrapped === wrap.dataKey?.wrapped) await db.keyWraps.put(sealed);
      });
    } catch {
      // Sealed at the next sign-in instead.
    }
  }

  /**
   * At a sign-in (the password is known): unwraps the workspace secret and the data key for
   * this window, with one PBKDF2 derivation (`unlockDataKey`). A
   * database without a secret (before this version, or never signed into) gets one now:
   * the existing trail is re-anchored once, with an audit event, and every case is sealed
   * under it. An account that existed before the secret has no wrap: its window stays
   * without the key (writes are chained but not anchored) until an administrator sets its
   * password, which wraps the secret for it.
   */
  async function unlockKeys(user: UserRecord, password: string): Promise<void> {
    const wrap = await db.keyWraps.get(user.id);
    if (wrap) {
      const opened = await openAccountWrap(db, wrap, password);
      if (!opened) return;
      rememberSecret(db, opened.secret);
      try {
        await unlockDataKey(user, wrap, opened);
      } catch (error) {
        // This profile's keys belong to another machine: nothing of them stays in this window.
        if (error instanceof KeysBoundElsewhereError) {
          forgetSecret(db);
          dropDataKey(db);
        }
        throw error;
      }
      return;
    }
    const wraps = await db.keyWraps.toArray();
    if (wraps.length > 0) {
      // Someone who can still sign in holds the secret: this account waits for its wrap.
      const owners = await db.users.bulkGet(wraps.map((row) => row.userId));
      if (owners.some((owner) => owner?.active)) return;
    }
    // No secret yet, or nobody left who can unwrap it (a restore replaced every account): a new one.
    await reanchor(user, password, await createSecret(db), wraps.length);
  }

  async function reanchor(user: UserRecord, password: string, secret: UnlockedSecret, orphanedWraps: number): Promise<void> {
    // Nobody can open the old data key either (it was wrapped beside the old secret): a new one comes with the new secret.
    const { wrap, commit } = await freshKeys(user.id, password, secret);
    const rows = await db.cases.toArray();
    const previous = await readCheckpoint(db);
    await commit();
    try {
      // Says what the new anchor replaces, so a re-keying that hides an old anchor is visible in the trail itself.
      const replaced = previous ? `; replaces an anchor at #${previous.sequence} ${previous.hash.slice(0, 16)} that no account can verify any more` : '';
      const subject = `audit trail keyed and anchored; ${rows.length} case(s) sealed${replaced}`.slice(0, 300);
      const anchor: AuditDraft = { id: context.newId(), actor: actorOf(user), at: context.now().toISOString(), action: 'audit.keyed', subject, changes: [] };
      await writeWithAudit(
        db,
        [anchor],
        async () => {
          if ((await db.keyWraps.count()) !== orphanedWraps) throw new Error('Another window keyed the audit trail meanwhile.');
          await db.keyWraps.clear();
          await Promise.all([db.keyWraps.put(wrap), db.meta.delete(DATA_KEY_TRANSIT), putCaseRows(db, rows)]);
        },
        { rows },
      );
    } catch (error) {
      forgetSecret(db);
      dropDataKey(db);
      throw error;
    }
  }

  /** Events whose actor has no session (failed sign-ins): written under the system actor. */
  async function record(drafts: AuditDraft[], write: () => Promise<void> = async () => undefined): Promise<void> {
    await writeWithAudit(db, drafts, write);
  }

  async function recordFailure(user: UserRecord): Promise<void> {
    const before = await db.signInAttempts.get(user.id);
    const after = afterFailure(before, user.id, context.now());
    const drafts = [draft(signInActor, 'signIn.failed', user, [{ path: 'failedSignIns', before: before?.failures ?? 0, after: after.failures }])];
    if (after.lockedOut && !before?.lockedOut) drafts.push(draft(signInActor, 'account.lockedOut', user, [{ path: 'lockedOut', before: false, after: true }]));
    await record(drafts, async () => {
      await db.signInAttempts.put(after);
    });
    if (after.lockedOut) throw new SignInLimitError('lockedOut');
  }

  /** A successful sign-in: the wrong-password count goes, the session row starts unlocked, the account shows when. */
  async function opened(user: UserRecord, drafts: AuditDraft[], write: () => Promise<void> = async () => undefined): Promise<void> {
    const lastSignInAt = context.now().toISOString();
    await writeWithAudit(db, drafts, async () => {
      await write();
      await Promise.all([db.signInAttempts.delete(user.id), db.sessionState.put(sessionRow(user.id, false, 0)), db.users.update(user.id, { lastSignInAt })]);
    });
  }

  /** Refuses a change that would leave no active administrator (nobody could manage accounts or restore a backup). */
  async function keepAnAdministrator(changedUserId: string): Promise<void> {
    const others = await db.users
      .filter((user) => user.id !== changedUserId && user.role === 'administrator' && user.active && user.passwordHash !== undefined)
      .count();
    if (others === 0) throw new AccountChangeError('lastAdministrator', 'This is the last active administrator: make another administrator first.');
  }

  async function requireUser(userId: string): Promise<UserRecord> {
    const user = await db.users.get(userId);
    if (!user) throw new NotFoundError(`User ${userId}`);
    return user;
  }

  return {
    /** True until the first administrator is created: the app then shows the first-run screen. */
    async needsFirstRun(): Promise<boolean> {
      return (await db.users.limit(1).count()) === 0;
    },

    /** First run only: creates the administrator. Refused once any account exists. */
    async createFirstAdministrator(input: Omit<NewUser, 'role'>): Promise<UserProfile> {
      const user = await build({ ...input, role: 'administrator' }, 'system');
      // The workspace secret and data key are made with the first account, so the trail is keyed from its first event on.
      const keyed = !(await hasWorkspaceSecret(db));
      const fresh = keyed ? await freshKeys(user.id, input.password, await createSecret(db)) : undefined;
      const wrap = fresh?.wrap;
      await fresh?.commit();
      try {
        await writeWithAudit(db, [draft(firstRunActor, 'user.created', user, [{ path: 'role', before: null, after: 'administrator' }])], async () => {
          if ((await db.users.limit(1).count()) > 0) {
            throw new PermissionError('user.manage', 'An administrator already exists: sign in as the administrator to create more accounts.');
          }
          // The administrator is signed in right after: their session row starts unlocked.
          await Promise.all([db.users.add(user), wrap ? db.keyWraps.put(wrap) : undefined, db.sessionState.put(sessionRow(user.id, false, 0))]);
        });
      } catch (error) {
        if (fresh) {
          forgetSecret(db);
          dropDataKey(db);
        }
        throw error;
      }
      return toUserProfile(user);
    },

    async createUser(actor: Actor, input: NewUser): Promise<UserProfile> {
      assertPermission(actor, 'user.manage', workspace);
      const user = await build(input, actor.userId);
      const wrap = await wrapFor(user.id, input.password);
      await writeWithAudit(db, [draft(actor, 'user.created', user, [{ path: 'role', before: null, after: user.role }])], async () => {
        if (await db.users.where('username').equals(user.username).count()) {
          throw new AccountChangeError('usernameTaken', `The user name "${user.username}" is already taken. Choose another one.`);
        }
        await Promise.all([db.users.add(user), wrap ? db.keyWraps.put(wrap) : undefined]);
      });
      return toUserProfile(user);
    },

    /**
     * Checks a sign-in. Unknown users still cost one PBKDF2 run so the response time does
     * not tell which user names exist. Wrong passwords are counted per account: after a few
     * each attempt must wait longer, after `LOCKOUT_AFTER` the account is locked until an
     * administrator unlocks it. Every outcome is an audit event.
     */
    async authenticate(username: string, password: string): Promise<Actor> {
      const name = username.trim().toLowerCase();
      const user = await db.users.where('username').equals(name).first();
      if (!user?.passwordHash) {
        await hashPassword(password, hashOptions);
        await record([draft(signInActor, 'signIn.failed', { id: 'unknown', username: name.slice(0, 100) }, [])]);
        throw new AuthenticationError();
      }
      assertSignInAllowed(await db.signInAttempts.get(user.id), context.now());
      const matches = await verifyPassword(password, user.passwordHash);
      if (!matches) {
        await recordFailure(user);
        throw new AuthenticationError();
      }
      if (!user.active) {
        await record([draft(signInActor, 'signIn.refused', user, [{ path: 'active', before: false, after: false }])]);
        throw new AuthenticationError();
      }
      if (user.mustChangePassword) {
        // The right (temporary) password: the count of wrong ones restarts, but no session opens until a new password is chosen.
        await record([draft(signInActor, 'signIn.passwordChangeRequired', user, [])], async () => {
          await db.signInAttempts.delete(user.id);
        });
        throw new PasswordChangeRequiredError(user.username);
      }
      await unlockKeys(user, password);
      await opened(user, [draft(actorOf(user), 'signIn.succeeded', user, [])]);
      return actorOf(user);
    },

    /**
     * The sign-in after an administrator's reset: the temporary password, then the new one
     * the user chooses. The sign-in limits apply as to any sign-in; the new password must
     * differ from the temporary one. Opens the session like `authenticate`.
     */
    async completePasswordChange(username: string, temporaryPassword: string, newPassword: string): Promise<Actor> {
      const user = await db.users.where('username').equals(username.trim().toLowerCase()).first();
      if (!user?.passwordHash || !user.mustChangePassword) throw new AuthenticationError();
      assertSignInAllowed(await db.signInAttempts.get(user.id), context.now());
      if (!(await verifyPassword(temporaryPassword, user.passwordHash))) {
        await recordFailure(user);
        throw new AuthenticationError();
      }
      if (!user.active) throw new AuthenticationError();
      validPassword(newPassword);
      if (newPassword === temporaryPassword) throw new AccountChangeError('samePassword', 'Choose a new password: not the temporary one.');
      await unlockKeys(user, temporaryPassword);
      const passwordHash = await hashPassword(newPassword, hashOptions);
      const wrap = await wrapFor(user.id, newPassword);
      const changed: UserRecord = {
        ...user,
        passwordHash,
        mustChangePassword: false,
        updatedAt: context.now().toISOString(),
        updatedBy: user.id,
        version: user.version + 1,
      };
      await opened(
        changed,
        [
          draft(actorOf(user), 'user.passwordChanged', user, [{ path: 'mustChangePassword', before: true, after: false }]),
          draft(actorOf(user), 'signIn.succeeded', user, []),
        ],
        async () => {
          if ((await db.users.get(user.id))?.version !== user.version) {
            throw new AccountChangeError('changedMeanwhile', `The account ${user.username} was changed by someone else meanwhile. Try again.`);
          }
          await Promise.all([db.users.put(changed), wrap ? db.keyWraps.put(wrap) : undefined]);
        },
      );
      return actorOf(changed);
    },

    /**
     * What the auth gate calls at start and after a reload: the account as stored now
     * (a deactivated or unknown account is signed out, a new role or name applies) and the
     * lock state kept in the store, never what sessionStorage says.
     */
    async refreshSession(userId: string): Promise<SessionRefresh> {
      const [user, state, attempts] = await Promise.all([db.users.get(userId), db.sessionState.get(userId), db.signInAttempts.get(userId)]);
      if (!user) return { status: 'signedOut', reason: 'unknown' };
      if (!user.active) return { status: 'signedOut', reason: 'deactivated' };
      if (user.mustChangePassword) return { status: 'signedOut', reason: 'passwordReset' };
      if (attempts?.lockedOut) return { status: 'signedOut', reason: 'lockedOut' };
      if (!state) return { status: 'signedOut', reason: 'noSession' };
      // A window that does not hold the data key (reloaded since the password was typed) cannot
      // read the sealed cases: it comes back locked, and the lock screen's password unwraps the key.
      return { status: state.locked || !heldDataKey(db) ? 'locked' : 'active', actor: actorOf(user), username: user.username };
    },

    /** The screen locked (idle or by the user): kept in the store so that a reload stays locked. */
    async lockSession(userId: string): Promise<void> {
      // Dropped before anything is awaited: from the moment the screen locks, encrypted data cannot be read.
      dropDataKey(db);
      const current = await db.sessionState.get(userId);
      await db.sessionState.put(sessionRow(userId, true, current?.locked ? current.failedUnlocks : 0));
    },

    /** Sign-out: the session row goes, and the workspace secret and data key leave this window's memory. */
    async endSession(userId: string): Promise<void> {
      dropDataKey(db);
      forgetSecret(db);
      await db.sessionState.delete(userId);
    },

    /**
     * The lock screen's password. Right: unlocked (and the workspace secret unwrapped again).
     * Wrong: counted; after `MAX_FAILED_UNLOCKS` wrong passwords the user is signed out and
     * must sign in again, where the sign-in limits apply. A deactivated account is signed out.
     */
    async verifyUnlock(userId: string, password: string): Promise<UnlockOutcome> {
      const [user, state, attempts] = await Promise.all([db.users.get(userId), db.sessionState.get(userId), db.signInAttempts.get(userId)]);
      if (!user?.passwordHash || !user.active || user.mustChangePassword || attempts?.lockedOut || !state) {
        dropDataKey(db);
        await db.sessionState.delete(userId);
        return { status: 'signedOut' };
      }
      if (await verifyPassword(password, user.passwordHash)) {
        await unlockKeys(user, password);
        await writeWithAudit(db, [draft(actorOf(user), 'session.unlocked', user, [])], async () => {
          await db.sessionState.put(sessionRow(user.id, false, 0));
        });
        return { status: 'unlocked', actor: actorOf(user) };
      }
      const failedUnlocks = state.failedUnlocks + 1;
      if (failedUnlocks >= MAX_FAILED_UNLOCKS) {
        await record(
          [
            draft(signInActor, 'session.unlockFailed', user, [{ path: 'failedUnlocks', before: state.failedUnlocks, after: failedUnlocks }]),
            draft(signInActor, 'session.signedOut', user, []),
          ],
          async () => {
            await db.sessionState.delete(user.id);
          },
        );
        forgetSecret(db);
        dropDataKey(db);
        return { status: 'signedOut' };
      }
      await record(
        [draft(signInActor, 'session.unlockFailed', user, [{ path: 'failedUnlocks', before: state.failedUnlocks, after: failedUnlocks }])],
        async () => {
          await db.sessionState.put(sessionRow(user.id, true, failedUnlocks));
        },
      );
      return { status: 'wrongPassword', attemptsLeft: MAX_FAILED_UNLOCKS - failedUnlocks };
    },

    /** An administrator lifts a lockout (or the wait) after wrong passwords. */
    async unlockAccount(actor: Actor, userId: string): Promise<void> {
      assertPermission(actor, 'user.manage', workspace);
      const user = await requireUser(userId);
      const attempts = await db.signInAttempts.get(userId);
      await writeWithAudit(db, [draft(actor, 'account.unlocked', user, [{ path: 'failedSignIns', before: attempts?.failures ?? 0, after: 0 }])], async () => {
        await db.signInAttempts.delete(userId);
      });
    },

    /** Accounts locked after too many wrong passwords (for the administrator's screen). */
    async lockedOutAccounts(actor: Actor): Promise<string[]> {
      assertPermission(actor, 'user.manage', workspace);
      return (await db.signInAttempts.toArray()).filter((row) => row.lockedOut).map((row) => row.userId);
    },

    async setRole(actor: Actor, userId: string, role: Role): Promise<UserProfile> {
      assertPermission(actor, 'user.manage', workspace);
      if (userId === actor.userId) throw new AccountChangeError('ownAccount', 'You cannot change the role of your own account.');
      if (role !== 'administrator') await keepAnAdministrator(userId);
      return update(
        actor,
        userId,
        'user.roleChanged',
        (user) => ({ ...user, role }),
        (user) => [{ path: 'role', before: user.role, after: role }],
      );
    },

    async setActive(actor: Actor, userId: string, active: boolean): Promise<UserProfile> {
      assertPermission(actor, 'user.manage', workspace);
      if (!active && userId === actor.userId) throw new AccountChangeError('ownAccount', 'You cannot deactivate your own account.');
      if (!active) await keepAnAdministrator(userId);
      return update(
        actor,
        userId,
        active ? 'user.activated' : 'user.deactivated',
        (user) => ({ ...user, active }),
        (user) => [{ path: 'active', before: user.active, after: active }],
      );
    },

    /** An administrator resets anyone's password; a user may change their own. */
    async setPassword(actor: Actor, userId: string, password: string): Promise<void> {
      if (actor.userId !== userId) assertPermission(actor, 'user.manage', workspace);
      validPassword(password);
      const passwordHash = await hashPassword(password, hashOptions);
      // The workspace secret is rewrapped for the new password (by whoever holds it: the user, or the administrator resetting it).
      const wrap = await wrapFor(userId, password);
      // The audit records that the password changed, never the hash.
      await update(
        actor,
        userId,
        'user.passwordChanged',
        (user) => ({ ...user, passwordHash }),
        () => [{ path: 'passwordHash', before: '(hidden)', after: '(hidden)' }],
        wrap,
      );
    },

    /**
     * An administrator resets someone's password to a temporary one: the user must choose a
     * new password at their next sign-in, and a session still open elsewhere ends at its
     * next start or reload (`refreshSession`).
     */
    async resetPassword(actor: Actor, userId: string, temporaryPassword: string): Promise<void> {
      assertPermission(actor, 'user.manage', workspace);
      if (userId === actor.userId) throw new AccountChangeError('ownAccount', 'Change your own password yourself, not by a reset.');
      validPassword(temporaryPassword);
      const passwordHash = await hashPassword(temporaryPassword, hashOptions);
      const wrap = await wrapFor(userId, temporaryPassword);
      await update(
        actor,
        userId,
        'user.passwordReset',
        (user) => ({ ...user, passwordHash, mustChangePassword: true }),
        (user) => [
          { path: 'passwordHash', before: '(hidden)', after: '(hidden)' },
          { path: 'mustChangePassword', before: user.mustChangePassword === true, after: true },
        ],
        wrap,
        async () => {
          await db.sessionState.delete(userId);
        },
      );
    },

    /**
     * Deletes an account that never did anything (created by mistake). An account that any
     * audit event names as its actor, or any case names as assignee, in this database or the
     * others given (the training workspace), is refused: deactivate it instead, so the trail
     * keeps naming a known person.
     */
    async deleteUser(actor: Actor, userId: string, elsewhere: readonly ErcmsDatabase[] = []): Promise<void> {
      assertPermission(actor, 'user.manage', workspace);
      if (userId === actor.userId) throw new AccountChangeError('ownAccount', 'You cannot delete your own account.');
      const user = await requireUser(userId);
      for (const database of [db, ...elsewhere]) {
        const acted = await database.audit.filter((event) => event.actor.userId === userId).count();
        const assigned = await database.cases.filter((row) => row.assignee === userId).count();
        if (acted + assigned > 0) {
          throw new AccountChangeError('inUse', `The account ${user.username} is named in the audit trail or by a case: deactivate it instead of deleting it.`);
        }
      }
      if (user.role === 'administrator') await keepAnAdministrator(userId);
      await writeWithAudit(db, [draft(actor, 'user.deleted', user, [{ path: 'username', before: user.username, after: null }])], async () => {
        if ((await db.users.get(userId))?.version !== user.version) {
          throw new AccountChangeError('changedMeanwhile', `The account ${user.username} was changed by someone else meanwhile. Reload and try again.`);
        }
        await Promise.all([db.users.delete(userId), db.keyWraps.delete(userId), db.signInAttempts.delete(userId), db.sessionState.delete(userId)]);
      });
    },

    async list(actor: Actor): Promise<UserProfile[]> {
      assertPermission(actor, 'user.manage', workspace);
      return (await db.users.orderBy('username').toArray()).map(toUserProfile);
    },

    /**
     * Who is who, for anyone who may read cases: id, display name and role of every
     * account (never user names or hashes), to name the assignee of a case. Accounts live in
     * the production database and name the assignees of both workspaces, so the check is
     * on the role alone.
     */
    async directory(actor: Actor): Promise<DirectoryEntry[]> {
      if (!hasPermission(actor.role, 'case.read')) throw new PermissionError('case.read', 'Your role cannot open case files.');
      const users = await db.users.toArray();
      return users.map((user) => ({ id: user.id, displayName: user.displayName, role: user.role, active: user.active }));
    },

    /**
     * How this account's copy of the data key is kept (keySeal.ts), for the screen that says
     * so: sealed with the OS keychain, under the password alone, or not held yet.
     */
    async keyProtection(userId: string): Promise<KeyProtection> {
      const dataKey = (await db.keyWraps.get(userId))?.dataKey;
      if (!dataKey) return 'noKey';
      return dataKey.osSealed ? 'osKeychain' : 'passwordOnly';
    },

    async get(userId: string): Promise<UserProfile> {
      return toUserProfile(await requireUser(userId));
    },
  };

  async function update(
    actor: Actor,
    userId: string,
    action: string,
    change: (user: UserRecord) => UserRecord,
    changes: (user: UserRecord) => AuditDraft['changes'],
    wrap?: KeyWrapRow,
    alsoWrite: () => Promise<void> = async () => undefined,
  ): Promise<UserProfile> {
    const before = await requireUser(userId);
    const after: UserRecord = { ...change(before), updatedAt: context.now().toISOString(), updatedBy: actor.userId, version: before.version + 1 };
    await writeWithAudit(db, [draft(actor, action, before, changes(before))], async () => {
      const current = await db.users.get(userId);
      if (current?.version !== before.version) {
        throw new AccountChangeError('changedMeanwhile', `The account ${before.username} was changed by someone else meanwhile. Reload and try again.`);
      }
      // A sign-in in between sets lastSignInAt without a new version: keep it.
      const lastSignInAt = current.lastSignInAt ?? after.lastSignInAt;
      await Promise.all([db.users.put({ ...after, ...(lastSignInAt ? { lastSignInAt } : {}) }), wrap ? db.keyWraps.put(wrap) : undefined, alsoWrite()]);
    });
    return toUserProfile(after);
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>;

function validUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!/^[a-z0-9._-]{2,100}$/.test(username)) {
    throw new AccountChangeError('usernameFormat', 'A user name has 2 to 100 letters, digits, dots, dashes or underscores, without spaces.');
  }
  return username;
}

function validPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AccountChangeError('passwordTooShort', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
}
