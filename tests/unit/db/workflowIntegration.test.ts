import { afterEach, describe, expect, it } from 'vitest';
import { ActionRefusedError, PermissionError } from '../../../renderer/src/db/errors';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import type { CaseFile } from '../../../shared/model/caseFile';
import { nextDeadlineDate } from '../../../shared/rules/deadlines';
import { generateCase } from '../../bench/caseGenerator';
import { caseworker, openTestStore, otherSupervisor, returnDecisionCase, snapshot, supervisor } from './testStore';

let store: WorkspaceStore;
afterEach(() => store.close());

describe('the case repository with shared/workflow', () => {
  it('runs a four-eyes action: proposal by a caseworker, approval by a supervisor, each with one audit event', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, returnDecisionCase());
    const proposed = await store.cases.applyAction(caseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
    });
    const approval = proposed.caseFile.pendingApprovals.find((candidate) => candidate.status === 'pending');
    expect(approval?.actionId).toBe('decideForcedReturn');
    expect(proposed.caseFile.stage).toBe('RETURN_DECISION');

    const before = await snapshot(store);
    // The proposer is a caseworker: not allowed to approve at all.
    await expect(
      store.cases.applyAction(caseworker, { caseId: created.id, expectedVersion: 2, actionId: 'approvePendingAction', input: { approvalId: approval?.id } }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);

    const approved = await store.cases.applyAction(supervisor, {
      caseId: created.id,
      expectedVersion: 2,
      actionId: 'approvePendingAction',
      input: { approvalId: approval?.id },
    });
    expect(approved.caseFile.stage).toBe('FORCED_PREP');
    expect(approved.event).toMatchObject({ action: 'approvePendingAction', actor: supervisor, caseId: created.id });
    expect(approved.event.changes.some((change) => change.path === 'stage' || change.path.startsWith('stage'))).toBe(true);
    expect((await store.db.cases.get(created.id))?.stage).toBe('FORCED_PREP');
    expect((await store.cases.counts(supervisor)).byStage.FORCED_PREP).toBe(1);
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: true, events: 3 });
  });

  it('refuses a supervisor approving their own proposal before the workflow runs', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, returnDecisionCase());
    const proposed = await store.cases.applyAction(supervisor, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
    });
    const approvalId = proposed.caseFile.pendingApprovals[0]?.id;
    const before = await snapshot(store);
    await expect(
      store.cases.applyAction(supervisor, { caseId: created.id, expectedVersion: 2, actionId: 'approvePendingAction', input: { approvalId } }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      store.cases.applyAction(supervisor, { caseId: created.id, expectedVersion: 2, actionId: 'rejectPendingAction', input: { approvalId, reason: 'no' } }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
    await expect(
      store.cases.applyAction(otherSupervisor, {
        caseId: created.id,
        expectedVersion: 2,
        actionId: 'rejectPendingAction',
        input: { approvalId, reason: 'Check the travel document first.' },
      }),
    ).resolves.toHaveProperty('event');
  });

  it('reports every unmet guard condition and writes nothing', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, { ...generateCase(6, 21), stage: 'IDENTIFICATION', nationalities: [] });
    const before = await snapshot(store);
    const error = (await store.cases
      .applyAction(caseworker, { caseId: created.id, expectedVersion: 1, actionId: 'completeIdentification', input: {} })
      .catch((caught: unknown) => caught)) as ActionRefusedError;
    expect(error).toBeInstanceOf(ActionRefusedError);
    expect(error.failure.unmet.length).toBeGreaterThan(0);
    expect(error.message).toMatch(/nationality/i);
    expect(await snapshot(store)).toEqual(before);
  });

  it('indexes the most urgent deadline from shared/rules', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const detained: CaseFile = {
      ...returnDecisionCase(),
      stage: 'DETAINED',
      detentionPeriods: [
        {
          id: '0b0c3f7e-8f0a-4e59-9a53-2a3c3b0d9f11',
          createdAt: '2026-11-01T08:00:00.000Z',
          updatedAt: '2026-11-01T08:00:00.000Z',
          updatedBy: 'user-caseworker-1',
          version: 1,
          centre: '127bis Steenokkerzeel',
          detentionType: 'return',
          publicOrder: false,
          titleNumber: 1,
          startedOn: '2026-11-01',
        },
      ],
    };
    const created = await store.cases.create(caseworker, detained);
    const row = await store.db.cases.get(created.id);
    expect(row?.nextDeadline).toBeDefined();
    expect(row?.nextDeadline).toBe(nextDeadlineDate(detained, '2026-11-23'));
    const page = await store.cases.list(caseworker, { sort: { column: 'nextDeadline', direction: 'asc' } });
    expect(page.rows.map((candidate) => candidate.id)).toEqual([created.id]);
  });
});
