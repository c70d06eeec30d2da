import { afterEach, describe, expect, it } from 'vitest';
import { AccountChangeError, AuthenticationError, PermissionError } from '../../../renderer/src/db/errors';
import { constantTimeEqual, DEFAULT_PBKDF2_ITERATIONS, hashPassword, verifyPassword } from '../../../renderer/src/db/passwordHash';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { openTestStore, snapshot } from './testStore';

describe('password hashing', () => {
  it('uses PBKDF2-SHA-256 with at least 600,000 iterations and a random salt by default', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const first = await hashPassword('correct horse battery');
    expect(first).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: DEFAULT_PBKDF2_ITERATIONS });
    const second = await hashPassword('correct horse battery', { iterationsForTestsOnly: 1_000 });
    expect(second.salt).not.toBe(first.salt);
    expect(atob(first.salt)).toHaveLength(16);
    expect(atob(first.hash)).toHaveLength(32);
    await expect(verifyPassword('correct horse battery', first)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', first)).resolves.toBe(false);
  });

  it('compares hashes without stopping at the first difference', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});

describe('accounts', () => {
  let store: WorkspaceStore;
  afterEach(() => store.close());
  it('asks for the administrator on first run, once', async () => {
    store = openTestStore();
    expect(await store.users.needsFirstRun()).toBe(true);
    const admin = await store.users.createFirstAdministrator({ username: 'Tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    expect(admin).toMatchObject({ username: 'tom', role: 'administrator', active: true });
    expect(admin).not.toHaveProperty('passwordHash');
    expect(await store.users.needsFirstRun()).toBe(false);
    await expect(store.users.createFirstAdministrator({ username: 'eve', displayName: 'Eve', password: 'correct horse battery' })).rejects.toBeInstanceOf(
      PermissionError,
    );
    expect(await store.db.users.count()).toBe(1);
  });

  it('signs in with the right password only, without saying which part was wrong', async () => {
    store = openTestStore();
    await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    await expect(store.users.authenticate(' TOM ', 'correct horse battery')).resolves.toMatchObject({ displayName: 'Tom Claes', role: 'administrator' });
    const wrongPassword = await store.users.authenticate('tom', 'wrong password!!').catch((error: unknown) => error);
    const unknownUser = await store.users.authenticate('nobody', 'correct horse battery').catch((error: unknown) => error);
    expect(wrongPassword).toBeInstanceOf(AuthenticationError);
    expect((unknownUser as Error).message).toBe((wrongPassword as Error).message);
  });

  it('lets the administrator create, re-role and deactivate accounts, each audited', async () => {
    store = openTestStore();
    await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await store.users.authenticate('tom', 'correct horse battery');
    const an = await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
    await expect(
      store.users.createUser(admin, { username: 'AN', displayName: 'Other An', role: 'caseworker', password: 'another long password' }),
    ).rejects.toThrow(/already taken/);
    await store.users.setRole(admin, an.id, 'supervisor');
    await store.users.setActive(admin, an.id, false);
    await expect(store.users.authenticate('an', 'another long password')).rejects.toBeInstanceOf(AuthenticationError);
    await expect(store.users.setActive(admin, admin.userId, false)).rejects.toBeInstanceOf(AccountChangeError);
    const actions = (await store.db.audit.orderBy('sequence').toArray()).map((event) => event.action);
    expect(actions).toEqual(['user.created', 'signIn.succeeded', 'user.created', 'user.roleChanged', 'user.deactivated', 'signIn.refused']);
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it('refuses account management to others, writing nothing', async () => {
    store = openTestStore();
    await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await store.users.authenticate('tom', 'correct horse battery');
    const an = await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'supervisor', password: 'another long password' });
    const supervisor = await store.users.authenticate('an', 'another long password');
    const before = await snapshot(store);
    await expect(store.users.setRole(supervisor, an.id, 'administrator')).rejects.toBeInstanceOf(PermissionError);
    await expect(store.users.setPassword(supervisor, admin.userId, 'a new long password')).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
    await store.users.setPassword(supervisor, an.id, 'my own new password');
    await expect(store.users.authenticate('an', 'my own new password')).resolves.toMatchObject({ userId: an.id });
  });

  it('names every account to anyone who reads cases (assignee column), without user names or hashes', async () => {
    store = openTestStore();
    await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await store.users.authenticate('tom', 'correct horse battery');
    const an = await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
    const caseworkerActor = await store.users.authenticate('an', 'another long password');
    const directory = await store.users.directory(caseworkerActor);
    expect(directory).toEqual(
      expect.arrayContaining([
        { id: an.id, displayName: 'An Peeters', role: 'caseworker', active: true },
        { id: admin.userId, displayName: 'Tom Claes', role: 'administrator', active: true },
      ]),
    );
    expect(directory).toHaveLength(2);
    // A trainer works in the training workspace only, but its cases name people from this directory too.
    expect(await store.users.directory({ userId: 'user-trainer-1', displayName: 'Els Maes', role: 'trainer' })).toHaveLength(2);
    await expect(store.users.list(caseworkerActor)).rejects.toBeInstanceOf(PermissionError);
  });

  it('refuses short passwords', async () => {
    store = openTestStore();
    await expect(store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom', password: 'short' })).rejects.toThrow(/at least 12/);
  });
});
