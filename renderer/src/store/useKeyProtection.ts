import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyProtection } from '../db/userRepository';
import { runsInElectron } from '../host';
import { useSessionStore } from '../stores/sessionStore';
import { accountDirectory } from './workspaceStore';

export interface KeyProtectionState {
  protection: KeyProtection;
  /** Browser mode has no keychain at all; in Electron a password-only key means the OS offers none here. */
  shell: 'electron' | 'browser';
}

/** How the signed-in account's copy of the workspace key is kept on this computer, live (a sign-in may seal it); undefined until read. */
export function useKeyProtection(): KeyProtectionState | undefined {
  const userId = useSessionStore((state) => state.user?.userId);
  const protection = useLiveQuery(async () => (userId ? accountDirectory().keyProtection(userId) : undefined), [userId]);
  if (!protection) return undefined;
  return { protection, shell: runsInElectron() ? 'electron' : 'browser' };
}
