import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { onAccountRefusal } from '../db/auditedWrite';
import type { SessionRefresh, UserRepository } from '../db/userRepository';
import { workspaceAllowed } from '../../../shared/model/permissions';
import type { Workspace } from '../db/workspace';
import type { SignedInUser } from '../store/signedInUser';
import { accountDirectory } from '../store/workspaceStore';
import { PERSISTED_SESSION_VERSION, persistedSession, readPersistedSession, SESSION_STORAGE_KEY } from './persistedSession';

/**
 * The session of this window: who is signed in, in which workspace, and whether the
 * screen is locked. Who and where are kept in sessionStorage so that a reload keeps the
 * session while closing the window ends it; but nothing there is trusted: the lock state
 * lives in memory and in the store (userRepository's session rows), a reload starts
 * locked until `refreshSession` has read the store, and the role and name shown are the
 * stored account's (every write also re-reads the account, auditedWrite.ts).
 *
 * Chromium writes sessionStorage to the profile on disk (its "Session Storage" folder),
 * so only the account id, role code and workspace are kept there (persistedSession.ts):
 * the display name and the sign-in name live in memory and come back from the store
 * (`refreshSession`) after a reload.
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
  /** Applies what the store says of the session (refreshSession): signed out, locked, or active with the stored role. */
  applyRefresh: (refresh: SessionRefresh) => void;
}

/** Where the session's account lives: the production store's accounts (tests may point it elsewhere). */
let accounts: () => UserRepository = accountDirectory;

export function setSessionAccounts(source: () => UserRepository): void {
  accounts = source;
}

/** Runs a store call for the session; a store that cannot open (a screen's unit test without IndexedDB) changes nothing. */
function withAccounts(call: (repository: UserRepository) => Promise<unknown>): void {
  try {
    void call(accounts()).catch(() => undefined);
  } catch {
    // No store in this environment: the in-memory state above still applies.
  }
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      workspace: 'production',
      locked: false,
      signIn: (user, workspace) => set({ user, workspace, locked: false }),
      signOut: () => {
        const userId = get().user?.userId;
        set({ user: undefined, locked: false });
        if (userId) withAccounts((repository) => repository.endSession(userId));
      },
      lock: () => {
        const userId = get().user?.userId;
        if (!userId) return;
        set({ locked: true });
        withAccounts((repository) => repository.lockSession(userId));
      },
      unlock: () => set({ locked: false }),
      switchWorkspace: (workspace) => {
        const user = get().user;
        // The store's entry rule (db/trainingWorkspace.ts): a caseworker never lands in training, a trainer never in production.
        if (user && !workspaceAllowed(user.role, workspace)) return;
        set({ workspace });
      },
      applyRefresh: (refresh) => {
        if (refresh.status === 'signedOut') {
          set({ user: undefined, locked: false });
          return;
        }
        const user = get().user;
        const { actor, username } = refresh;
        set({ user: { ...(user ?? {}), ...actor, username }, locked: refresh.status === 'locked' });
      },
    }),
    {
      name: SESSION_STORAGE_KEY,
      storage: createJSONStorage(() => sessionStorage),
      version: PERSISTED_SESSION_VERSION,
      // The lock state is never written here (anyone can edit sessionStorage): only who and where, without names.
      partialize: (state) => persistedSession(state.user, state.workspace),
      // Version 2 kept the display name and sign-in name: an entry left by it keeps only what version 3 keeps.
      migrate: (persisted) => readPersistedSession(persisted),
      merge: (persisted, current) => {
        const saved = readPersistedSession(persisted);
        // A session brought back by a reload is locked until the store says otherwise; the names come with that answer.
        return {
          ...current,
          ...(saved.user ? { user: { ...saved.user, displayName: '', username: '' }, locked: true } : {}),
          ...(saved.workspace ? { workspace: saved.workspace } : {}),
        };
      },
      onRehydrateStorage: () => (state) => {
        const userId = state?.user?.userId;
        if (userId) void refreshSession(userId);
      },
    },
  ),
);

// A write refused because the account changed (deactivated, re-roled) refreshes the session
// at once: the user is signed out, or the app shows what the new role allows.
onAccountRefusal((userId) => {
  if (useSessionStore.getState().user?.userId === userId) void refreshSession(userId);
});

/**
 * Reads the session from the store (account and lock row) and applies it: what the auth
 * gate calls at start and after a reload. When the store cannot be read the session stays
 * as it is (locked, after a reload).
 */
export async function refreshSession(userId = useSessionStore.getState().user?.userId): Promise<SessionRefresh | undefined> {
  if (!userId) return undefined;
  try {
    const refresh = await accounts().refreshSession(userId);
    useSessionStore.getState().applyRefresh(refresh);
    return refresh;
  } catch {
    return undefined;
  }
}
