/**
 * Production and training data live in two separate IndexedDB databases, so wiping and
 * reseeding the training workspace can never touch a real case.
 */
export type Workspace = 'production' | 'training';

export const workspaceDatabaseNames: Readonly<Record<Workspace, string>> = {
  production: 'ercms-production',
  training: 'ercms-training',
};
