/**
 * Test-only script, bundled by importCases.ts and injected into the app's page by the
 * end-to-end tests that need cases of their own making (a custody set, names with
 * diacritics and formula attempts): stores the given case files in the production
 * workspace through the store's own bulk import (caseRepository.importCases, zod-validated,
 * audited), as the signed-in account. Nothing of it is in the app's build.
 */
import type { CaseFile } from '../../../shared/model/caseFile';
import { openWorkspaceStore } from '../../../renderer/src/db/workspaces';
import { unlockedSignedInActor } from './signedInActor';

async function importCases(caseFiles: CaseFile[], password?: string): Promise<number> {
  const store = openWorkspaceStore('production', {});
  try {
    const actor = await unlockedSignedInActor(store, password);
    if (!actor) throw new Error('Sign in before importing cases');
    return await store.cases.importCases(actor, caseFiles, { description: 'end-to-end test cases' });
  } finally {
    store.close();
  }
}

Object.assign(window, { ercmsE2eImportCases: importCases });
