import type { ErcmsDatabase } from './database';
import type { Workspace } from './workspace';

/** What every repository of one workspace shares. `now` and `newId` are injectable for tests. */
export interface StoreContext {
  db: ErcmsDatabase;
  workspace: Workspace;
  now: () => Date;
  newId: () => string;
}
