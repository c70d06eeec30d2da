/**
 * The accounts the end-to-end tests create, in a file of its own (no Playwright import) so
 * that the test-only scripts bundled into the page (seedCasesEntry.ts) can read them too.
 */
export type TestRole = 'administrator' | 'caseworker' | 'supervisor' | 'trainer';
export type TestWorkspace = 'production' | 'training';

export interface TestAccount {
  role: TestRole;
  username: string;
  displayName: string;
  password: string;
}

/** The accounts the end-to-end tests create: one per role, with passwords long enough for the store's rule (12+). */
export const testAccounts: Readonly<Record<TestRole, TestAccount>> = {
  administrator: { role: 'administrator', username: 'admin', displayName: 'Anna Admin', password: 'correct horse battery 1' },
  caseworker: { role: 'caseworker', username: 'cworker', displayName: 'Chris Caseworker', password: 'caseworker pass 2026' },
  supervisor: { role: 'supervisor', username: 'supervisor', displayName: 'An Peeters', password: 'supervisor pass 2026' },
  trainer: { role: 'trainer', username: 'trainer', displayName: 'Tom Trainer', password: 'trainer pass 2026!' },
};
