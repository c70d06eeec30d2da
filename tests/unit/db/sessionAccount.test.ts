import { afterEach, describe, expect, it } from 'vitest';
import { onAccountRefusal } from '../../../renderer/src/db/auditedWrite';
import { AccountStateError, AuthenticationError, PermissionError, SignInLimitError } from '../../../renderer/src/db/errors';
import { MAX_FAILED_UNLOCKS } from '../../../renderer/src/db/sessionState';
import { LOCKOUT_AFTER, delayAfter } from '../../../renderer/src/db/signInLimits';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCase } from '../../bench/caseGenerator';
import { openTestStore, stubWorkflow } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A store whose clock only moves when the test says so (sign-in delays are measured on it). */
async function accounts() {
  let now = Date.parse('2026-11-23T09:00:00.000Z');
  const store = openTestStore('production', { now: () => new Date(now), workflow: stubWorkflow });
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const admin = await store.users.authenticate('tom', 'correct horse battery');
  const an = await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  const marie = await store.users.createUser(admin, { username: 'marie', displayName: 'Marie Dubois', role: 'supervisor', password: 'a supervisor password' });
  return { store, admin, an, marie, advance: (ms: number) => (now += ms) };
}

async function actions(store: WorkspaceStore): Promise<string[]> {
  return (await store.db.audit.orderBy('sequence').toArray()).map((event) => event.action);
}

describe('sessions follow the account (store side)', () => {
  it('refuses a write by a deactivated account, with a typed error, and writes nothing', async () => {
    const { store, admin, an } = await accounts();
    const session = await store.users.authenticate('an', 'another long password');
    const caseFile = await store.cases.create(session, generateCase(1, 11));
    await store.users.setActive(admin, an.id, false);
    const before = await store.db.audit.count();
    const attempt = store.cases.applyAction(session, {
      caseId: caseFile.id,
      expectedVersion: caseFile.version,
      actionId: 'assign',
      input: { assigneeId: 'user-2' },
    });
    await expect(attempt).rejects.toBeInstanceOf(AccountStateError);
    await expect(attempt).rejects.toMatchObject({ reason: 'deactivated', messageKey: 'trust.errors.account.deactivated' });
    expect(await store.db.audit.count()).toBe(before);
    expect((await store.db.cases.get(caseFile.id))?.caseFile.version).toBe(1);
    expect(await store.users.refreshSession(an.id)).toEqual({ status: 'signedOut', reason: 'deactivated' });
  });

  it('tells the session when a write was refused for its account, so it can sign out or re-role at once', async () => {
    const { store, admin, an } = await accounts();
    const session = await store.users.authenticate('an', 'another long password');
    const told: string[] = [];
    const stop = onAccountRefusal((userId, error) => told.push(`${userId} ${error.reason}`));
    try {
      await store.users.setActive(admin, an.id, false);
      await expect(store.cases.create(session, generateCase(4, 11))).rejects.toBeInstanceOf(AccountStateError);
    } finally {
      stop();
    }
    expect(told).toEqual([`${an.id} deactivated`]);
  });

  it('applies a role change at once: the stored role, not the session’s, decides', async () => {
    const { store, admin, marie } = await accounts();
    const session = await store.users.authenticate('marie', 'a supervisor password');
    const caseFile = await store.cases.create(session, generateCase(2, 11));
    await store.users.setRole(admin, marie.id, 'caseworker');
    // The session still says supervisor: the write is refused all the same.
    await expect(
      store.cases.applyAction(session, { caseId: caseFile.id, expectedVersion: 1, actionId: 'assign', input: { assigneeId: 'user-2' } }),
    ).rejects.toMatchObject({ reason: 'roleChanged' });
    await expect(store.auditLog.recordExport(session, { kind: 'csv', count: 1 })).rejects.toBeInstanceOf(AccountStateError);
    // What the auth gate reads at the next start or reload: the stored role.
    expect(await store.users.refreshSession(marie.id)).toMatchObject({ status: 'active', actor: { role: 'caseworker' } });
  });

  it('refuses a session naming an account this database does not know', async () => {
    const { store } = await accounts();
    const forged = { userId: 'user-nobody', displayName: 'Nobody', role: 'supervisor' as const };
    await expect(store.cases.create(forged, generateCase(3, 11))).rejects.toMatchObject({ reason: 'unknown' });
    expect(await store.users.refreshSession('user-nobody')).toEqual({ status: 'signedOut', reason: 'unknown' });
  });

  it('keeps the lock state in the store: locked survives a reload, unlocking needs the password', async () => {
    const { store, an } = await accounts();
    await store.users.authenticate('an', 'another long password');
    expect(await store.users.refreshSession(an.id)).toMatchObject({ status: 'active' });
    await store.users.lockSession(an.id);
    expect(await store.users.refreshSession(an.id)).toMatchObject({ status: 'locked' });
    expect(await store.users.verifyUnlock(an.id, 'wrong password, sorry')).toEqual({ status: 'wrongPassword', attemptsLeft: MAX_FAILED_UNLOCKS - 1 });
    expect(await store.users.verifyUnlock(an.id, 'another long password')).toMatchObject({ status: 'unlocked', actor: { userId: an.id } });
    expect(await store.users.refreshSession(an.id)).toMatchObject({ status: 'active' });
    await store.users.endSession(an.id);
    expect(await store.users.refreshSession(an.id)).toEqual({ status: 'signedOut', reason: 'noSession' });
  });

  it('signs the user out after too many wrong unlock passwords', async () => {
    const { store, an } = await accounts();
    await store.users.authenticate('an', 'another long password');
    await store.users.lockSession(an.id);
    for (let i = 1; i < MAX_FAILED_UNLOCKS; i++)
      expect(await store.users.verifyUnlock(an.id, `wrong ${i} password`)).toMatchObject({ status: 'wrongPassword' });
    expect(await store.users.verifyUnlock(an.id, 'wrong last password')).toEqual({ status: 'signedOut' });
    // Even the right password does not bring that session back: sign in again.
    expect(await store.users.verifyUnlock(an.id, 'another long password')).toEqual({ status: 'signedOut' });
    expect(await store.users.refreshSession(an.id)).toMatchObject({ status: 'signedOut' });
    // The trail is sealed: reading it takes a signed-in account.
    await store.users.authenticate('an', 'another long password');
    expect(await actions(store)).toContain('session.signedOut');
  });
});

describe('sign-in limits and record', () => {
  it('makes each attempt wait longer after a few wrong passwords', async () => {
    const { store, advance } = await accounts();
    for (let i = 0; i < 3; i++) await expect(store.users.authenticate('an', `wrong password ${i}`)).rejects.toBeInstanceOf(AuthenticationError);
    // The fourth attempt comes too soon, even with the right password.
    const early = store.users.authenticate('an', 'another long password');
    await expect(early).rejects.toBeInstanceOf(SignInLimitError);
    await expect(early).rejects.toMatchObject({ reason: 'wait', retryAfterMs: delayAfter(3) });
    advance(delayAfter(3));
    await expect(store.users.authenticate('an', 'another long password')).resolves.toMatchObject({ role: 'caseworker' });
    expect(delayAfter(6)).toBeGreaterThan(delayAfter(4));
  });

  it(`locks the account after ${LOCKOUT_AFTER} wrong passwords until an administrator unlocks it`, async () => {
    const { store, admin, an, advance } = await accounts();
    for (let i = 0; i < LOCKOUT_AFTER - 1; i++) {
      await expect(store.users.authenticate('an', `wrong password ${i}`)).rejects.toBeInstanceOf(AuthenticationError);
      advance(60_000);
    }
    await expect(store.users.authenticate('an', 'wrong password, the last')).rejects.toMatchObject({ reason: 'lockedOut' });
    advance(3_600_000);
    await expect(store.users.authenticate('an', 'another long password')).rejects.toMatchObject({
      reason: 'lockedOut',
      messageKey: 'trust.errors.signIn.lockedOut',
    });
    expect(await store.users.lockedOutAccounts(admin)).toEqual([an.id]);
    const caseworkerSession = { userId: an.id, displayName: an.displayName, role: an.role };
    await expect(store.users.unlockAccount(caseworkerSession, an.id)).rejects.toBeInstanceOf(PermissionError);
    await store.users.unlockAccount(admin, an.id);
    await expect(store.users.authenticate('an', 'another long password')).resolves.toMatchObject({ userId: an.id });
    const trail = await actions(store);
    expect(trail.filter((action) => action === 'signIn.failed')).toHaveLength(LOCKOUT_AFTER);
    expect(trail).toContain('account.lockedOut');
    expect(trail).toContain('account.unlocked');
  });

  it('records failed and successful sign-ins, unknown user names included, and account changes', async () => {
    const { store, admin, an } = await accounts();
    await expect(store.users.authenticate('nobody', 'some password here')).rejects.toBeInstanceOf(AuthenticationError);
    await expect(store.users.authenticate('an', 'not the right one')).rejects.toBeInstanceOf(AuthenticationError);
    await store.users.authenticate('an', 'another long password');
    await store.users.setRole(admin, an.id, 'supervisor');
    const events = await store.db.audit.orderBy('sequence').toArray();
    const summary = events.map((event) => `${event.action} ${event.subject ?? ''}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^signIn\.succeeded user tom /),
        'signIn.failed user nobody (unknown)',
        expect.stringMatching(/^signIn\.failed user an /),
        expect.stringMatching(/^signIn\.succeeded user an /),
        expect.stringMatching(/^user\.created user an /),
        expect.stringMatching(/^user\.roleChanged user an /),
      ]),
    );
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true, anchor: 'verified' });
  });
});
