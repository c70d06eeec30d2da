import type { ErcmsDatabase } from './database';
import type { KeySealer } from './keySeal';
import type { Workspace } from './workspace';

/** What every repository of one workspace shares. `now` and `newId` are injectable for tests. */
export interface StoreContext {
  db: ErcmsDatabase;
  /**
   * The database whose accounts hold the workspace data key (workspaceKeyring.ts): the
   * production database, where the accounts live; the training store points at it too.
   */
  keyHolder: ErcmsDatabase;
  /** The operating system's keychain that seals the accounts' data-key wraps (keySeal.ts); absent in browser mode: password-only wraps. */
  keySealer?: KeySealer;
  workspace: Workspace;
  now: () => Date;
  newId: () => string;
}
