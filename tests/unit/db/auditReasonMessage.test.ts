import { afterEach, describe, expect, it } from 'vitest';
import { hashAuditEvent } from '../../../renderer/src/db/auditChain';
import { createBackupService } from '../../../renderer/src/db/backup';
import { StoredAuditEventSchema, type StoredAuditEvent } from '../../../renderer/src/db/auditEventRecord';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { AuditEventSchema } from '../../../shared/model/auditEvent';
import { caseworker, openTestStore, returnDecisionCase, supervisor } from './testStore';

/** SHA-256 of the event's canonical JSON, computed independently (sorted keys, no reasonMessage member). */
const OLD_EVENT_HASH = 'a544b2a6cc9e7768521c1ce6b6a4ec60fa73bf48fe7af585e8065b289dde56fe';

let store: WorkspaceStore | undefined;
let restored: WorkspaceStore | undefined;
afterEach(() => {
  store?.close();
  restored?.close();
});

/** Proposal by a caseworker, approval with a typed note by a supervisor, through the real repository. */
async function proposedAndApproved() {
  store = openTestStore('production', { workflow: sharedWorkflow });
  const created = await store.cases.create(caseworker, returnDecisionCase());
  const proposed = await store.cases.applyAction(caseworker, {
    caseId: created.id,
    expectedVersion: 1,
    actionId: 'decideForcedReturn',
    input: { destinationCountry: 'AL' },
  });
  const approvalId = proposed.caseFile.pendingApprovals.find((candidate) => candidate.status === 'pending')?.id;
  const approved = await store.cases.applyAction(supervisor, {
    caseId: created.id,
    expectedVersion: 2,
    actionId: 'approvePendingAction',
    input: { approvalId, note: 'Risk assessment read and agreed.' },
  });
  return { store, proposed, approved };
}

describe("the workflow's own audit reasons are catalogue messages (key and params), a user's reason stays as typed", () => {
  it('writes the proposal and the approval reasons as keyed messages; the supervisor note is the free-text reason', async () => {
    const { proposed, approved } = await proposedAndApproved();
    expect(proposed.event.reasonMessage).toEqual({ key: 'audit.proposed', params: {}, text: 'Proposed: awaits approval by another supervisor (four eyes).' });
    expect(proposed.event.reason).toBeUndefined();
    expect(approved.event.reasonMessage).toEqual({
      key: 'audit.approved',
      params: { proposer: caseworker.displayName },
      text: `Approved the proposal made by ${caseworker.displayName}.`,
    });
    expect(approved.event.reason).toBe('Risk assessment read and agreed.');
    // The model and the store's schema (backup import) accept the new field.
    expect(AuditEventSchema.parse(approved.event).reasonMessage?.key).toBe('audit.approved');
    expect(StoredAuditEventSchema.parse(approved.event).reasonMessage?.params).toEqual({ proposer: caseworker.displayName });
  });

  it('stores the message with the event, covered by its hash: the trail verifies, and editing the message breaks it there', async () => {
    const { store: opened, approved } = await proposedAndApproved();
    expect(await opened.auditLog.verifyAuditChain()).toMatchObject({ ok: true, events: 3 });
    const stored = await opened.db.audit.where('sequence').equals(3).first();
    expect(stored?.reasonMessage).toEqual(approved.event.reasonMessage);
    if (stored === undefined) throw new Error('approval event missing');
    // Someone rewrites whose proposal was approved, keeping the English text.
    await opened.db.audit.put({
      ...stored,
      reasonMessage: { key: 'audit.approved', params: { proposer: 'Somebody Else' }, text: stored.reasonMessage?.text ?? '' },
    });
    expect(await opened.auditLog.verifyAuditChain()).toMatchObject({ ok: false, brokenAt: 3, problem: 'edited' });
    await opened.db.audit.put({ ...stored, reasonMessage: { key: 'audit.proposed', params: {}, text: stored.reasonMessage?.text ?? '' } });
    expect(await opened.auditLog.verifyAuditChain()).toMatchObject({ ok: false, brokenAt: 3, problem: 'edited' });
    await opened.db.audit.put(stored);
    expect(await opened.auditLog.verifyAuditChain()).toMatchObject({ ok: true, events: 3 });
  });

  it('keeps the message through a backup and its restore, where the trail still verifies', async () => {
    const { store: opened, approved } = await proposedAndApproved();
    await opened.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await opened.users.authenticate('tom', 'correct horse battery');
    const file = await createBackupService(opened.context).createBackup(admin, { full: true, passphrase: 'a long backup passphrase' });
    restored = openTestStore('production', { workflow: sharedWorkflow });
    // Test stores hash passwords with 1,000 iterations (testStore.ts).
    await createBackupService(restored.context, { minimumPasswordIterationsForTestsOnly: 1_000 }).restoreBackup(admin, file.text, 'a long backup passphrase');
    expect(await restored.auditLog.verifyAuditChain()).toMatchObject({ ok: true });
    expect((await restored.db.audit.get(3))?.reasonMessage).toEqual(approved.event.reasonMessage);
  });

  it('hashes an event written before the field existed exactly as it was hashed then, so old trails still verify', async () => {
    // An approval event as the workflow wrote it before reasonMessage: English reason, no key.
    const old: Omit<StoredAuditEvent, 'hash'> = {
      id: '0b6f2c4e-8a1d-4c1e-9f3a-2d5e7b9c1a00',
      caseId: '6f1d1a52-4c8e-4a51-9d55-8e0f7c4f2a10',
      actor: supervisor,
      at: '2026-11-20T10:00:00.000Z',
      action: 'approvePendingAction',
      changes: [{ path: 'stage', before: 'RETURN_DECISION', after: 'FORCED_PREP' }],
      reason: 'Approved "decideForcedReturn" proposed by An Peeters',
      legalBasis: 'Aliens Act Art. 7',
      sequence: 3,
      previousHash: 'a'.repeat(64),
    };
    // Computed over canonical JSON when the field did not exist; an absent reasonMessage must not change it.
    expect(hashAuditEvent(old)).toBe(OLD_EVENT_HASH);
    expect(hashAuditEvent({ ...old, reasonMessage: undefined })).toBe(OLD_EVENT_HASH);
    expect(
      hashAuditEvent({
        ...old,
        reasonMessage: { key: 'audit.approved', params: { proposer: 'An Peeters' }, text: 'Approved the proposal made by An Peeters.' },
      }),
    ).not.toBe(OLD_EVENT_HASH);
    expect(StoredAuditEventSchema.safeParse({ ...old, hash: OLD_EVENT_HASH }).success).toBe(true);
  });
});
