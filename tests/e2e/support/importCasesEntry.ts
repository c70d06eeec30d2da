/**
 * Test-only script, bundled by importCases.ts and injected into the app's page by the
 * end-to-end tests that need cases of their own making (a custody set, names with
 * diacritics and formula attempts): stores the given case files in the production
 * workspace through the store's own bulk import (caseRepository.importCases, zod-validated,
 * audited), as the signed-in account. Nothing of it is in the app's build.
 */
import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { openWorkspaceStore } from '../../../renderer/src/db/workspaces';

/** The signed-in account of the page (its session in sessionStorage): the store writes only for an account it knows. */
function signedInActor(): Actor {
  const raw = sessionStorage.getItem('ercms.session');
  const parsed: unknown = raw ? JSON.parse(raw) : undefined;
  const user = typeof parsed === 'object' && parsed !== null ? (parsed as { state?: { user?: Partial<Actor> } }).state?.user : undefined;
  if (typeof user?.userId !== 'string' || typeof user.displayName !== 'string' || user.role === undefined) throw new Error('Sign in before importing cases');
  return { userId: user.userId, displayName: user.displayName, role: user.role };
}

async function importCases(caseFiles: CaseFile[]): Promise<number> {
  const store = openWorkspaceStore('production', {});
  try {
    return await store.cases.importCases(signedInActor(), caseFiles, { description: 'end-to-end test cases' });
  } finally {
    store.close();
  }
}

Object.assign(window, { ercmsE2eImportCases: importCases });
