import { afterEach, describe, expect, it } from 'vitest';
import { PermissionError } from '../../../renderer/src/db/errors';
import { assertPermission } from '../../../renderer/src/db/permissions';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { RoleSchema, type Actor, type Role } from '../../../shared/model/actor';
import { permissionNames, roleMay, workspaces, type Permission, type Workspace } from '../../../shared/model/permissions';
import { guardContext, scopeConditions } from '../../../shared/workflow/runAction';
import { workflowActions } from '../../../shared/workflow/executeAction';
import { buildCaseFile } from '../arbitraries/caseFileBuilder';
import { caseworker, openTestStore, returnDecisionCase } from './testStore';

const now = new Date('2026-11-23T09:00:00.000Z');
const actorOf = (role: Role): Actor => ({ userId: `user-${role}-9`, displayName: `A ${role}`, role });

function storeAllows(role: Role, permission: Permission, workspace: Workspace): boolean {
  try {
    assertPermission(actorOf(role), permission, workspace);
    return true;
  } catch (error) {
    if (error instanceof PermissionError) return false;
    throw error;
  }
}

const everyRoleAndWorkspace = RoleSchema.options.flatMap((role) => workspaces.map((workspace) => [role, workspace] as const));

describe('one role table, read by the workflow and by the store', () => {
  it.each(everyRoleAndWorkspace)('the store allows %s in %s exactly what the table grants', (role, workspace) => {
    for (const permission of permissionNames) expect(storeAllows(role, permission, workspace), permission).toBe(roleMay(role, permission, workspace));
  });

  it.each(everyRoleAndWorkspace)(
    'for %s in %s, every registered action passes the workflow role check exactly when the store lets it through',
    (role, workspace) => {
      // A case in the workspace (training cases live in training), at a stage where every action is in scope or not: only the role condition is compared.
      const caseFile = buildCaseFile({ training: workspace === 'training' });
      const context = guardContext(caseFile, actorOf(role), now);
      for (const action of workflowActions) {
        const workflowAllows = !scopeConditions(action, context).some((condition) => condition.id === 'role');
        // What the repository asserts before it runs an action: working on cases, and the action's own permission.
        const storeLetsThrough = storeAllows(role, 'case.write', workspace) && storeAllows(role, action.permission, workspace);
        expect(workflowAllows, `${action.id} for ${role} in ${workspace}`).toBe(storeLetsThrough);
      }
    },
  );

  it('settles the trainer question one way: trainers approve, in the training workspace only', () => {
    expect(roleMay('trainer', 'case.approve', 'training')).toBe(true);
    expect(roleMay('trainer', 'case.approve', 'production')).toBe(false);
    expect(roleMay('caseworker', 'case.approve', 'training')).toBe(false);
    expect(roleMay('administrator', 'case.write', 'production')).toBe(false);
  });
});

describe('a trainer deciding a proposal through the store and the workflow', () => {
  let store: WorkspaceStore | undefined;
  afterEach(() => store?.close());

  it('approves another trainer’s proposal on a training case (caseworkers never enter training)', async () => {
    store = openTestStore('training', { workflow: sharedWorkflow });
    const trainer = actorOf('trainer');
    const proposingTrainer: Actor = { ...trainer, userId: `${trainer.userId}-2`, displayName: 'Second Trainer' };
    const created = await store.cases.create(proposingTrainer, { ...returnDecisionCase(), training: true });
    const proposed = await store.cases.applyAction(proposingTrainer, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
    });
    const approvalId = proposed.caseFile.pendingApprovals[0]?.id;
    const approved = await store.cases.applyAction(trainer, {
      caseId: created.id,
      expectedVersion: 2,
      actionId: 'approvePendingAction',
      input: { approvalId },
    });
    expect(approved.caseFile.stage).toBe('FORCED_PREP');
  });

  it('cannot reach a production case at all', async () => {
    store = openTestStore('production', { workflow: sharedWorkflow });
    const created = await store.cases.create(caseworker, returnDecisionCase());
    const proposed = await store.cases.applyAction(caseworker, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
    });
    const approvalId = proposed.caseFile.pendingApprovals[0]?.id;
    await expect(
      store.cases.applyAction(actorOf('trainer'), { caseId: created.id, expectedVersion: 2, actionId: 'approvePendingAction', input: { approvalId } }),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});
