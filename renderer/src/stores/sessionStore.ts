import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Workspace } from '../db/workspace';
import type { SignedInUser } from '../store/signedInUser';

/**
 * The session of this window: who is signed in, in which workspace, and whether the
 * screen is locked. Kept in sessionStorage so that a reload keeps the session (and a
 * locked session stays locked) while closing the window ends it.
 */
interface SessionState {
  user?: SignedInUser;
  workspace: Workspace;
  locked: boolean;
  signIn: (user: SignedInUser, workspace: Workspace) => void;
  signOut: () => void;
  lock: () => void;
  unlock: () => void;
  switchWorkspace: (workspace: Workspace) => void;
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      workspace: 'production',
      locked: false,
      signIn: (user, workspace) => set({ user, workspace, locked: false }),
      signOut: () => set({ user: undefined, locked: false }),
      lock: () => set((state) => (state.user ? { locked: true } : {})),
      unlock: () => set({ locked: false }),
      switchWorkspace: (workspace) => set({ workspace }),
    }),
    {
      name: 'ercms.session',
      storage: createJSONStorage(() => sessionStorage),
      version: 1,
      partialize: (state) => ({ user: state.user, workspace: state.workspace, locked: state.locked }),
    },
  ),
);
