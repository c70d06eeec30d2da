import { useLiveQuery } from 'dexie-react-hooks';
import type { UserProfile } from '../db/userRecord';
import { useSessionStore } from '../stores/sessionStore';
import { actorOf } from './signedInUser';
import { accountDirectory } from './workspaceStore';

/** The accounts, live, for an administrator; undefined while loading or for any other role. */
export function useUserAccounts(): UserProfile[] | undefined {
  const user = useSessionStore((state) => state.user);
  return useLiveQuery(async () => (user?.role === 'administrator' ? accountDirectory().list(actorOf(user)) : undefined), [user]);
}
