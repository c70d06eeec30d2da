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
