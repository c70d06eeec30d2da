import { create } from 'zustand';
import { sealStoreInPlace } from '../db/storeEncryption';
import type { Workspace } from '../db/workspace';
import { useSessionStore } from '../stores/sessionStore';
import { workspaceStore } from './workspaceStore';

/**
 * Runs the migration to a sealed store (db/storeEncryption.ts) in this window as soon as it
 * holds the data key: after a sign-in or an unlock, for the production database and then the
 * training one. Resumes where a closed window stopped. The status bar shows its progress
 * (StatusBar.tsx); nothing is asked of the user.
 */
export interface StoreSealingState {
  running?: { workspace: Workspace; done: number; total: number };
  failed?: boolean;
}

export const useStoreSealing = create<StoreSealingState>(() => ({}));

let current: Promise<void> | undefined;

export function sealOpenWorkspaces(): Promise<void> {
  current ??= (async () => {
    try {
      for (const workspace of ['production', 'training'] as const) {
        await sealStoreInPlace(workspaceStore(workspace).db, ({ done, total }) => useStoreSealing.setState({ running: { workspace, done, total } }));
      }
      useStoreSealing.setState({ running: undefined, failed: false });
    } catch (error) {
      console.warn('Store sealing paused', error instanceof Error ? error.name : 'unknown');
      useStoreSealing.setState({ running: undefined, failed: true });
    } finally {
      current = undefined;
    }
  })();
  return current;
}

/** Starts the sealing whenever the session becomes signed in and unlocked. */
export function sealWhenUnlocked(): () => void {
  const ready = (state: ReturnType<typeof useSessionStore.getState>) => Boolean(state.user) && !state.locked;
  if (ready(useSessionStore.getState())) void sealOpenWorkspaces();
  return useSessionStore.subscribe((state, previous) => {
    if (ready(state) && !ready(previous)) void sealOpenWorkspaces();
  });
}
