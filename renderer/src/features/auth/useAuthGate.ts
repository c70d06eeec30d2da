import { useLiveQuery } from 'dexie-react-hooks';
import { useSessionStore } from '../../stores/sessionStore';
import { accountDirectory } from './workspaceStore';

export type AuthGateState = 'checking' | 'firstRun' | 'signedOut' | 'signedIn';

/** Which screen the gate shows: first run (no account yet), sign-in, or the app. */
export function useAuthGate(): AuthGateState {
  const user = useSessionStore((state) => state.user);
  const needsFirstRun = useLiveQuery(() => accountDirectory().needsFirstRun(), []);
  if (needsFirstRun === undefined) return 'checking';
  if (needsFirstRun) return 'firstRun';
  return user ? 'signedIn' : 'signedOut';
}
