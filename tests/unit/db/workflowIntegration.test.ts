import { afterEach, describe, expect, it } from 'vitest';
import { ActionRefusedError, PermissionError } from '../../../renderer/src/db/errors';
import { countKeysOf } from '../../../renderer/src/db/caseCounts';
import type { WorkflowPort } from '../../../renderer/src/db/workflowPort';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import type { CaseFile } from '../../../shared/model/caseFile';
import { nextDeadlineDate } from '../../../shared/rules/deadlines';
import { generateCase } from '../../bench/caseGenerator';
import { caseworker, openTestStore, otherSupervisor, returnDecisionCase, snapshot, stubWorkflow, supervisor } from './testStore';

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

describe('the counts a workflow action moves', () => {
  /** A workflow whose one action sets the stage, route and nationalities it is given. */
  const rewriting: WorkflowPort = {
    ...stubWorkflow,
    perform(actionId, caseFile, actor, now, input) {
      const at = now.toISOString();
      const changed = { ...caseFile, ...(input as Partial<CaseFile>), updatedAt: at, updatedBy: actor.userId, version: caseFile.version + 1 };
      return { ok: true, caseFile: changed, event: { id: crypto.randomUUID(), caseId: caseFile.id, actor, at, action: actionId, changes: [] } };
    },
  };

  /** The stored counts with zeros dropped, and the same counted afresh from the rows. */
  async function storedAndRecounted(): Promise<[Record<string, number>, Record<string, number>]> {
    const stored = Object.fromEntries((await store.db.counts.toArray()).filter((row) => row.count !== 0).map((row) => [row.key, row.count]));
    const recounted: Record<string, number> = {};
    for (const row of await store.db.cases.toArray()) for (const key of countKeysOf(row)) recounted[key] = (recounted[key] ?? 0) + 1;
    return [stored, recounted];
  }

  it('keeps the stored counts equal to a recount when an action moves the stage, the route or the nationality', async () => {
    store = openTestStore('production', { workflow: rewriting });
    const cases = [generateCase(1, 3), generateCase(2, 3), generateCase(3, 3)];
    for (const caseFile of cases) await store.cases.create(caseworker, caseFile);
    const [first, second, third] = cases;
    if (!first || !second || !third) throw new Error('three cases');
    const act = (caseFile: CaseFile, version: number, input: Partial<CaseFile>) =>
      store.cases.applyAction(caseworker, { caseId: caseFile.id, expectedVersion: version, actionId: 'rewrite', input });
    await act(first, 1, { stage: 'IDENTIFICATION' });
    await act(second, 1, { route: first.route === 'forced' ? 'voluntary' : 'forced' });
    // A nationality never counted before, and one whose count drops to zero.
    const [thirdsNationality] = third.nationalities;
    if (!thirdsNationality) throw new Error('the generated case has a nationality');
    await act(third, 1, { nationalities: [{ ...thirdsNationality, country: 'TV' }] });
    await act(first, 2, { stage: 'RETURN_DECISION', nationalities: second.nationalities });
    const [stored, recounted] = await storedAndRecounted();
    expect(stored['nationality:TV']).toBe(1);
    expect(stored).toEqual(recounted);
  });
});
