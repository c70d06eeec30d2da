import { useLiveQuery } from 'dexie-react-hooks';
import { useSessionStore } from '../stores/sessionStore';
import { actorOf } from './signedInUser';
import { accountDirectory } from './workspaceStore';

/** The ids of accounts locked after too many wrong passwords, live, for an administrator; empty for anyone else. */
export function useLockedOutAccounts(): ReadonlySet<string> {
  const user = useSessionStore((state) => state.user);
  const ids = useLiveQuery(async () => (user?.role === 'administrator' ? accountDirectory().lockedOutAccounts(actorOf(user)) : []), [user]);
  return new Set(ids ?? []);
}
