import { useLiveQuery } from 'dexie-react-hooks';
import { accountDirectory } from './workspaceStore';

/** Whether no account exists yet (the first administrator must be created), live; undefined while checking. */
export function useNeedsFirstRun(): boolean | undefined {
  return useLiveQuery(() => accountDirectory().needsFirstRun(), []);
}
