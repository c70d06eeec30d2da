import type { Actor } from '../../../shared/model/actor';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';

/**
 * The signed-in account of the page, for the test-only scripts injected into it: the id in
 * the session's sessionStorage entry (which holds no name, stores/persistedSession.ts), the
 * display name and role from the store's account, as the app's session reads them.
 * Undefined when nobody is signed in.
 */
export async function signedInActor(store: Pick<WorkspaceStore, 'users'>): Promise<Actor | undefined> {
  const raw = sessionStorage.getItem('ercms.session');
  const parsed: unknown = raw ? JSON.parse(raw) : undefined;
  const user = typeof parsed === 'object' && parsed !== null ? (parsed as { state?: { user?: { userId?: unknown } } }).state?.user : undefined;
  if (typeof user?.userId !== 'string') return undefined;
  const account = await store.users.get(user.userId);
  return { userId: account.id, displayName: account.displayName, role: account.role };
}

/**
 * The signed-in account, with this script's own store unlocked by its password (the test-only
 * scripts bundle their own copy of the store, so their own keyring): the lock screen's path
 * (verifyUnlock), so their writes are sealed like the app's. Without a password, or before any
 * account exists, the store is left as it is (a store not sealed yet takes clear writes).
 */
export async function unlockedSignedInActor(store: Pick<WorkspaceStore, 'users'>, password: string | undefined): Promise<Actor | undefined> {
  const actor = await signedInActor(store);
  if (!actor || password === undefined) return actor;
  const outcome = await store.users.verifyUnlock(actor.userId, password);
  if (outcome.status !== 'unlocked') throw new Error(`The test script could not unlock the store as ${actor.userId}: ${outcome.status}`);
  return actor;
}
