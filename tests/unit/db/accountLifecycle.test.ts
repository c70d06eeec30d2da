import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../renderer/src/db/auditTrail';
import { AccountChangeError, AuthenticationError, PasswordChangeRequiredError } from '../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCase } from '../../bench/caseGenerator';
import { openTestStore, stubWorkflow } from './testStore';

/** Issue 12 point 9: deactivate and reactivate, reset a password, delete an unused account, last sign-in. */
const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function accounts() {
  const store = openTestStore('production', { workflow: stubWorkflow });
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const admin = await store.users.authenticate('tom', 'correct horse battery');
  const an = await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  return { store, admin, an };
}

async function actions(store: WorkspaceStore): Promise<string[]> {
  return (await store.db.audit.orderBy('sequence').toArray()).map((event) => event.action);
}

describe('account lifecycle', () => {
  it('a deactivated account cannot sign in, its past audit events still verify, and reactivation lets it in again', async () => {
    const { store, admin, an } = await accounts();
    const session = await store.users.authenticate('an', 'another long password');
    await store.cases.create(session, generateCase(1, 11));
    const byAn = (await store.db.audit.toArray()).filter((event) => event.actor.userId === an.id).length;
    expect(byAn).toBeGreaterThan(0);

    await store.users.setActive(admin, an.id, false);
    await expect(store.users.authenticate('an', 'another long password')).rejects.toBeInstanceOf(AuthenticationError);
    expect(await store.users.refreshSession(an.id)).toEqual({ status: 'signedOut', reason: 'deactivated' });
    // The account stays, and so does everything it did: the trail verifies with its events in it.
    expect((await store.db.audit.toArray()).filter((event) => event.actor.userId === an.id)).toHaveLength(byAn);
    expect(await verifyAuditTrail(store.db)).toMatchObject({ ok: true });
    expect(await actions(store)).toEqual(expect.arrayContaining(['user.deactivated', 'signIn.refused']));

    await store.users.setActive(admin, an.id, true);
    await expect(store.users.authenticate('an', 'another long password')).resolves.toMatchObject({ userId: an.id });
    expect(await verifyAuditTrail(store.db)).toMatchObject({ ok: true });
  });

  it('a deactivated account cannot be deleted while the audit trail names it; an unused one can', async () => {
    const { store, admin, an } = await accounts();
    await store.users.authenticate('an', 'another long password');
    await store.users.setActive(admin, an.id, false);
    await expect(store.users.deleteUser(admin, an.id)).rejects.toMatchObject({ reason: 'inUse' });
    expect(await store.db.users.get(an.id)).toBeDefined();

    const mistake = await store.users.createUser(admin, { username: 'typo', displayName: 'Typo', role: 'caseworker', password: 'a long enough password' });
    await store.users.deleteUser(admin, mistake.id);
    expect(await store.db.users.get(mistake.id)).toBeUndefined();
    expect((await actions(store)).at(-1)).toBe('user.deleted');
    expect(await verifyAuditTrail(store.db)).toMatchObject({ ok: true });
  });

  it('a reset password must be changed at the next sign-in, before any session opens', async () => {
    const { store, admin, an } = await accounts();
    await store.users.authenticate('an', 'another long password');
    await store.users.resetPassword(admin, an.id, 'temporary password 1');
    // A session still open on the old password ends at its next refresh.
    expect(await store.users.refreshSession(an.id)).toEqual({ status: 'signedOut', reason: 'passwordReset' });
    await expect(store.users.authenticate('an', 'another long password')).rejects.toBeInstanceOf(AuthenticationError);
    await expect(store.users.authenticate('an', 'temporary password 1')).rejects.toBeInstanceOf(PasswordChangeRequiredError);
    await expect(store.users.completePasswordChange('an', 'temporary password 1', 'temporary password 1')).rejects.toMatchObject({ reason: 'samePassword' });
    await expect(store.users.completePasswordChange('an', 'wrong temporary pw', 'my own new password')).rejects.toBeInstanceOf(AuthenticationError);

    const actor = await store.users.completePasswordChange('an', 'temporary password 1', 'my own new password');
    expect(actor.userId).toBe(an.id);
    expect(await store.users.refreshSession(an.id)).toMatchObject({ status: 'active' });
    await expect(store.users.authenticate('an', 'temporary password 1')).rejects.toBeInstanceOf(AuthenticationError);
    await expect(store.users.authenticate('an', 'my own new password')).resolves.toMatchObject({ userId: an.id });
    expect(await actions(store)).toEqual(expect.arrayContaining(['user.passwordReset', 'signIn.passwordChangeRequired', 'user.passwordChanged']));
    expect(await verifyAuditTrail(store.db)).toMatchObject({ ok: true });
  });

  it('shows the last sign-in, and keeps it through an administrator’s change', async () => {
    const { store, admin, an } = await accounts();
    expect((await store.users.get(an.id)).lastSignInAt).toBeUndefined();
    await store.users.authenticate('an', 'another long password');
    const signedInAt = (await store.users.get(an.id)).lastSignInAt;
    expect(signedInAt).toEqual(expect.any(String));
    await store.users.setRole(admin, an.id, 'supervisor');
    expect((await store.users.get(an.id)).lastSignInAt).toBe(signedInAt);
  });

  it('refuses an administrator’s changes to their own account (so one always remains), writing nothing', async () => {
    const { store, admin } = await accounts();
    const before = await store.db.audit.count();
    await expect(store.users.setRole(admin, admin.userId, 'supervisor')).rejects.toMatchObject({ reason: 'ownAccount' });
    await expect(store.users.setActive(admin, admin.userId, false)).rejects.toBeInstanceOf(AccountChangeError);
    await expect(store.users.deleteUser(admin, admin.userId)).rejects.toMatchObject({ reason: 'ownAccount' });
    expect(await store.db.audit.count()).toBe(before);
  });
});
