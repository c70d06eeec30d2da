import { useSessionStore } from '../../stores/sessionStore';
import { useNeedsFirstRun } from '../../store/useNeedsFirstRun';

export type AuthGateState = 'checking' | 'firstRun' | 'signedOut' | 'signedIn';

/** Which screen the gate shows: first run (no account yet), sign-in, or the app. */
export function useAuthGate(): AuthGateState {
  const user = useSessionStore((state) => state.user);
  const needsFirstRun = useNeedsFirstRun();
  if (needsFirstRun === undefined) return 'checking';
  if (needsFirstRun) return 'firstRun';
  return user ? 'signedIn' : 'signedOut';
}
