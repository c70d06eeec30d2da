import { afterEach, describe, expect, it } from 'vitest';
import { ActionRefusedError, ConflictError } from '../../../renderer/src/db/errors';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { caseFactsOf } from '../../../shared/workflow/actions/caseFactSections';
import { buildCaseFile, buildNationality, testMeta } from '../arbitraries/caseFileBuilder';
import { caseworker, openTestStore, otherCaseworker, snapshot } from '../db/testStore';

let store: WorkspaceStore;
afterEach(() => store.close());

const residency = { ...testMeta(), status: 'irregular_stay' as const, from: '2025-05-05' };
const caseAtIntake = () => buildCaseFile({ nationalities: [buildNationality('AL', 'proven')], residencyHistory: [residency] });

function residencyInput(status: 'asylum_rejected' | 'valid_permit') {
  return { section: 'residency', facts: { residencyHistory: caseFactsOf(caseAtIntake()).residency.residencyHistory.map((entry) => ({ ...entry, status })) } };
}

describe('amendCaseFacts through the case repository (fake IndexedDB)', () => {
  it('stores the amended case and its audit event, with the changed record before and after, in one write', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, caseAtIntake());
    const result = await store.cases.applyAction(caseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'amendCaseFacts',
      input: residencyInput('asylum_rejected'),
    });
    expect(result.caseFile.version).toBe(2);
    const stored = await store.cases.get(caseworker, created.id);
    expect(stored.residencyHistory[0]).toMatchObject({ id: residency.id, status: 'asylum_rejected', version: 2 });
    const events = await store.db.audit.where('caseId').equals(created.id).toArray();
    const amendment = events.find((event) => event.action === 'amendCaseFacts');
    expect(amendment?.changes.map((change) => change.path)).toEqual([`residencyHistory.${residency.id}`]);
    expect(amendment?.changes[0]?.before).toMatchObject({ status: 'irregular_stay' });
    expect(amendment?.changes[0]?.after).toMatchObject({ status: 'asylum_rejected' });
  });

  it('refuses a save from a form opened on an older version, naming who changed the case, and writes nothing', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, caseAtIntake());
    await store.cases.applyAction(otherCaseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'amendCaseFacts',
      input: residencyInput('asylum_rejected'),
    });
    const before = await snapshot(store);
    const stale = store.cases.applyAction(caseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'amendCaseFacts',
      input: residencyInput('valid_permit'),
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ changedBy: otherCaseworker.displayName, expectedVersion: 1, actualVersion: 2 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses a correction of the name without a reason and writes nothing', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, caseAtIntake());
    const before = await snapshot(store);
    const identity = caseFactsOf(created).identity;
    const refused = store.cases.applyAction(caseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'amendCaseFacts',
      input: { section: 'identity', facts: { ...identity, primaryName: { ...identity.primaryName, familyName: 'Hoxhaj' } } },
    });
    await expect(refused).rejects.toBeInstanceOf(ActionRefusedError);
    await expect(refused).rejects.toMatchObject({ failure: { unmet: [expect.objectContaining({ id: 'correction_reason' })] } });
    expect(await snapshot(store)).toEqual(before);
  });
});
