import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { createAuditLog } from './auditLog';
import { forgetSearchLexicon } from './searchLexicon';
import { heldRecordKeys } from './workspaceKeyring';
import { createBackupService } from './backup';
import { createCaseRepository } from './caseRepository';
import type { DatabaseOptions } from './database';
import { ErcmsDatabase } from './database';
import { createIntakeDraftRepository } from './intakeDraftRepository';
import type { KeySealer } from './keySeal';
import { assertPermission } from './permissions';
import { createSettings } from './settings';
import type { StoreContext } from './storeContext';
import { createUserRepository } from './userRepository';
import type { PasswordHashOptions } from './passwordHash';
import { nextDeadlineAsOf, sharedWorkflow } from './workflowAdapter';
import type { WorkflowPort } from './workflowPort';
import type { Workspace } from './workspace';
import { workspaceDatabaseNames } from './workspace';

export interface WorkspaceStoreOptions extends DatabaseOptions {
  /** Defaults to shared/workflow; tests pass a stub to test the store on its own. */
  workflow?: WorkflowPort;
  /** Override the database name (tests run many databases side by side). */
  databaseName?: string;
  now?: () => Date;
  newId?: () => string;
  passwordHashing?: PasswordHashOptions;
  /** StoreContext.keySealer: Electron's safeStorage through the host; absent in browser mode and in tests that do not test it. */
  keySealer?: KeySealer;
}

/**
 * One workspace's database with its repositories. Production and training are two
 * IndexedDB databases, never two tables of one: wiping training cannot reach production.
 * Accounts are kept in the production database (`users`), which signs people in for both.
 */
export function openWorkspaceStore(workspace: Workspace, options: WorkspaceStoreOptions) {
  const now = options.now ?? (() => new Date());
  const db = new ErcmsDatabase(options.databaseName ?? workspaceDatabaseNames[workspace], {
    ...options,
    nextDeadlineOf: options.nextDeadlineOf ?? nextDeadlineAsOf(now),
  });
  const context: StoreContext = {
    db,
    keyHolder: db.keyHolder,
    ...(options.keySealer ? { keySealer: options.keySealer } : {}),
    workspace,
    now,
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
  return {
    workspace,
    db,
    context,
    cases: createCaseRepository(context, options.workflow ?? sharedWorkflow),
    auditLog: createAuditLog(context),
    users: createUserRepository(context, options.passwordHashing),
    settings: createSettings(context),
    intakeDrafts: createIntakeDraftRepository(context),
    backup: createBackupService(context),
    close: () => db.close(),
  };
}

export type WorkspaceStore = ReturnType<typeof openWorkspaceStore>;

/**
 * Wipes the training database and loads the given demo cases. The production database is
 * a different IndexedDB database and is not opened here. Returns the fresh store.
 */
export async function resetTrainingWorkspace(
  actor: Actor,
  store: WorkspaceStore,
  seed: readonly CaseFile[],
  options: WorkspaceStoreOptions,
  seeding: { eventPerCase?: boolean } = {},
): Promise<WorkspaceStore> {
  if (store.workspace !== 'training') throw new Error('Only the training workspace can be reset.');
  assertPermission(actor, 'training.reset', 'training');
  const name = store.db.name;
  await store.db.delete();
  const recordKeys = heldRecordKeys(store.db.keyHolder);
  if (recordKeys) forgetSearchLexicon(recordKeys, name);
  // The fresh store keeps reading its data key where the old one did (the production accounts).
  const fresh = openWorkspaceStore('training', { keyHolder: store.context.keyHolder, ...options, databaseName: name });
  await fresh.cases.importCases(actor, seed, { description: 'training workspace reset', ...seeding });
  return fresh;
}
