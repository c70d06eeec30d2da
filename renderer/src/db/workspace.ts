import type { Workspace } from '../../../shared/model/permissions';

/**
 * Production and training data live in two separate IndexedDB databases, so wiping and
 * reseeding the training workspace can never touch a real case.
 */
export type { Workspace };

export const workspaceDatabaseNames: Readonly<Record<Workspace, string>> = {
  production: 'ercms-production',
  training: 'ercms-training',
};
