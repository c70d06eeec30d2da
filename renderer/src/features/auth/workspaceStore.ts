import { ErcmsDatabase } from '../../db/database';
import { createSettings, type SettingsRepository } from '../../db/settings';
import type { StoreContext } from '../../db/storeContext';
import { createUserRepository, type UserRepository } from '../../db/userRepository';
import { workspaceDatabaseNames, type Workspace } from '../../db/workspace';

/**
 * Thin adapter over the local store (renderer/src/db): one open database and its
 * repositories per workspace, opened on first use and kept for the life of the window.
 * Accounts are read from the production database (the office's account directory), so
 * that one sign-in reaches either workspace the role allows.
 */
export interface WorkspaceStore {
  context: StoreContext;
  users: UserRepository;
  settings: SettingsRepository;
}

const opened = new Map<Workspace, WorkspaceStore>();

export function workspaceStore(workspace: Workspace): WorkspaceStore {
  const existing = opened.get(workspace);
  if (existing) return existing;
  const context: StoreContext = {
    db: new ErcmsDatabase(workspaceDatabaseNames[workspace]),
    workspace,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
  };
  const store: WorkspaceStore = { context, users: createUserRepository(context), settings: createSettings(context) };
  opened.set(workspace, store);
  return store;
}

/** Where the accounts live. */
export function accountDirectory(): UserRepository {
  return workspaceStore('production').users;
}
