import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { buildCaseFile, buildNationality, buildOrderToLeave, nextTestId } from '../arbitraries/caseFileBuilder';
import { generateCases } from '../../bench/caseGenerator';
import { caseworker, otherSupervisor, openTestStore, supervisor } from './testStore';

/** A case at the return decision stage where a supervisor may propose a forced return (four eyes). */
function caseAtDecision(sequence: number): CaseFile {
  return buildCaseFile({
    id: nextTestId(),
    reference: `RC-2026-${String(900_000 + sequence).padStart(6, '0')}`,
    stage: 'RETURN_DECISION',
    nationalities: [buildNationality('AL', 'proven')],
    decisions: [
      buildOrderToLeave({
        departureDays: 0,
        shortenedPeriodGrounds: ['risk_of_absconding'],
        shortenedPeriodReasoning: 'No address',
        notifiedOn: '2026-11-20',
        decidedOn: '2026-11-20',
      }),
    ],
  });
}

let store: WorkspaceStore;
let clock: number;

beforeEach(async () => {
  clock = Date.parse('2026-11-23T10:00:00.000Z');
  store = openTestStore('production', { workflow: sharedWorkflow, now: () => new Date((clock += 60_000)) });
  // Other cases, none awaiting anything: the index must not list them.
  await store.cases.importCases(
    caseworker,
    generateCases(0, 120, 5).map((caseFile) => ({ ...caseFile, pendingApprovals: [] })),
  );
});
afterEach(() => store.close());

async function act(actor: Actor, caseFile: CaseFile, actionId: string, input: Record<string, unknown>): Promise<CaseFile> {
  const current = await store.cases.get(actor, caseFile.id);
  return (await store.cases.applyAction(actor, { caseId: caseFile.id, expectedVersion: current.version, actionId, input })).caseFile;
}

async function propose(caseFile: CaseFile): Promise<{ caseFile: CaseFile; approvalId: string }> {
  const proposed = await act(supervisor, caseFile, 'decideForcedReturn', { destinationCountry: 'AL', note: 'Two orders ignored' });
  const approval = proposed.pendingApprovals.find((candidate) => candidate.status === 'pending');
  if (!approval) throw new Error('The forced return was not proposed for approval');
  return { caseFile: proposed, approvalId: approval.id };
}

async function awaiting(): Promise<string[]> {
  return (await store.cases.listAwaitingApproval(supervisor)).map((caseFile) => caseFile.reference);
}

describe('cases awaiting a four-eyes decision (sparse index)', () => {
  it('lists a case as soon as a proposal awaits and drops it when the proposal is approved, rejected or withdrawn', async () => {
    const [first, second, third] = [caseAtDecision(1), caseAtDecision(2), caseAtDecision(3)];
    for (const caseFile of [first, second, third]) await store.cases.create(supervisor, caseFile);
    expect(await awaiting()).toEqual([]);
    expect(await store.cases.countAwaitingApproval(supervisor)).toBe(0);

    const one = await propose(first);
    const two = await propose(second);
    const three = await propose(third);
    // Oldest proposal first.
    expect(await awaiting()).toEqual([first.reference, second.reference, third.reference]);
    expect(await store.cases.countAwaitingApproval(supervisor)).toBe(3);
    const stored = await store.db.cases.get(first.id);
    expect(stored?.awaitingApprovalSince).toBe(one.caseFile.pendingApprovals[0]?.proposedAt);

    await act(otherSupervisor, two.caseFile, 'approvePendingAction', { approvalId: two.approvalId });
    expect(await awaiting()).toEqual([first.reference, third.reference]);

    await act(otherSupervisor, one.caseFile, 'rejectPendingAction', { approvalId: one.approvalId, reason: 'Check the address first' });
    expect(await awaiting()).toEqual([third.reference]);

    await act(supervisor, three.caseFile, 'withdrawPendingAction', { approvalId: three.approvalId });
    expect(await awaiting()).toEqual([]);
    expect(await store.cases.countAwaitingApproval(supervisor)).toBe(0);
    expect(await store.db.cases.where('[awaitingApprovalSince+id]').between(['', ''], ['\uffff', '\uffff']).count()).toBe(0);

    // Proposed again after a rejection: listed again.
    await propose(await store.cases.get(supervisor, first.id));
    expect(await awaiting()).toEqual([first.reference]);
  });

  it('is read only by those who may read cases', async () => {
    await expect(store.cases.listAwaitingApproval({ userId: 'user-trainer-1', displayName: 'Els Maes', role: 'trainer' })).rejects.toThrow(
      /training workspace/,
    );
  });
});
