import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../renderer/src/db/errors';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { caseFactsOf } from '../../../shared/workflow/actions/caseFactSections';
import { buildCaseFile, buildNationality, testMeta } from '../arbitraries/caseFileBuilder';
import { caseworker, openTestStore, otherCaseworker, supervisor } from './testStore';

let store: WorkspaceStore;
afterEach(() => store.close());

const residency = { ...testMeta(), status: 'irregular_stay' as const, from: '2025-05-05' };
const caseAtIntake = () => buildCaseFile({ nationalities: [buildNationality('AL', 'proven')], residencyHistory: [residency] });
function residencyInput(status: 'asylum_rejected' | 'valid_permit') {
  return { section: 'residency', facts: { residencyHistory: caseFactsOf(caseAtIntake()).residency.residencyHistory.map((entry) => ({ ...entry, status })) } };
}

describe('a conflict names who made the stored change (issue 13, point 6)', () => {
  it('names the writer of the stored version, not the refused user whose own event came after it', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, caseAtIntake());
    const saved = await store.cases.applyAction(otherCaseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'amendCaseFacts',
      input: residencyInput('asylum_rejected'),
    });
    // The supervisor, whose form is still on version 1, exports the case: an event of theirs now comes last.
    await store.cases.exportCaseFiles(supervisor, [created.id]);
    const stale = store.cases.applyAction(supervisor, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'amendCaseFacts',
      input: residencyInput('valid_permit'),
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ changedBy: otherCaseworker.displayName, changedAt: saved.caseFile.updatedAt, actualVersion: 2 });
  });
});
