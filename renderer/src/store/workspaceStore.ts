import type { UserRepository } from '../db/userRepository';
import type { Workspace } from '../db/workspace';
import { deleteLegacyIntakeDraftDatabase } from '../db/intakeDraftRepository';
import { openWorkspaceStore, type WorkspaceStore } from '../db/workspaces';
import { hostKeySealer } from '../host/keySealer';

export type { WorkspaceStore };

const opened = new Map<Workspace, WorkspaceStore>();
let legacyDeleted = false;

/**
 * The open store (database and repositories, renderer/src/db) of a workspace, opened on
 * first use and kept for the life of the window, so every screen shares one connection.
 * Passwords are hashed at the product's cost: no test option is ever passed here.
 */
export function workspaceStore(workspace: Workspace): WorkspaceStore {
  const existing = opened.get(workspace);
  if (existing) return existing;
  if (!legacyDeleted) {
    legacyDeleted = true;
    // Drafts once lived in a database of their own; whatever is left of it is personal data outside the workspace.
    void deleteLegacyIntakeDraftDatabase().catch(() => undefined);
  }
  // The accounts, and so the data key's wraps, live in production: the training store reads its key there.
  // Electron seals the accounts' data-key wraps with the OS keychain (db/keySeal.ts); browser mode has none.
  const keySealer = hostKeySealer();
  const store = openWorkspaceStore(workspace, {
    ...(workspace === 'training' ? { keyHolder: workspaceStore('production').db } : {}),
    ...(keySealer ? { keySealer } : {}),
  });
  opened.set(workspace, store);
  return store;
}

/** Puts a reopened store in place of the window's one (the training workspace after a reset). */
export function replaceWorkspaceStore(store: WorkspaceStore): void {
  opened.set(store.workspace, store);
}

/** Where the accounts live: the production database signs people in for both workspaces. */
export function accountDirectory(): UserRepository {
  return workspaceStore('production').users;
}
