import { caseSearchKeysOf } from '../../../renderer/src/db/caseSearchKeys';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import type { CaseQuery } from '../../../renderer/src/db/caseQuery';
import { toCaseRow, type CaseRow } from '../../../renderer/src/db/caseRow';
import type { WorkflowPort } from '../../../renderer/src/db/workflowPort';
import { openCase } from '../../../shared/workflow/actions/openCase';
import type { WorkspaceStore, WorkspaceStoreOptions } from '../../../renderer/src/db/workspaces';
import { openWorkspaceStore } from '../../../renderer/src/db/workspaces';
import type { Workspace } from '../../../renderer/src/db/workspace';
import { generateCase } from '../../bench/caseGenerator';
import { setStoreSealing, STORE_SEALING_META } from '../../../renderer/src/db/sealedStore';
import { dropDataKey } from '../../../renderer/src/db/workspaceKeyring';

export const caseworker: Actor = { userId: 'user-caseworker-1', displayName: 'An Peeters', role: 'caseworker' };
export const otherCaseworker: Actor = { userId: 'user-caseworker-2', displayName: 'Luc Janssens', role: 'caseworker' };
export const supervisor: Actor = { userId: 'user-supervisor-1', displayName: 'Marie Dubois', role: 'supervisor' };
export const otherSupervisor: Actor = { userId: 'user-supervisor-2', displayName: 'Jan De Smet', role: 'supervisor' };
export const trainer: Actor = { userId: 'user-trainer-1', displayName: 'Els Maes', role: 'trainer' };
export const administrator: Actor = { userId: 'user-admin-1', displayName: 'Tom Claes', role: 'administrator' };

/**
 * A stand-in for shared/workflow with the same contract, so the store's guarantees are
 * tested independently of the workflow's rules:
 * - `assign` sets the assignee;
 * - `propose-removal` adds a pending four-eyes approval;
 * - `approve` decides one (input.approvalId).
 */
export const stubWorkflow: WorkflowPort = {
  perform(actionId, caseFile, actor, now, input) {
    const at = now.toISOString();
    const bump = (next: CaseFile): CaseFile => ({ ...next, updatedAt: at, updatedBy: actor.userId, version: caseFile.version + 1 });
    const record = input as Record<string, unknown>;
    const event = (changes: { path: string; before: unknown; after: unknown }[]) => ({
      id: crypto.randomUUID(),
      caseId: caseFile.id,
      actor,
      at,
      action: actionId,
      changes,
    });
    if (actionId === 'assign') {
      const assigneeId = String(record.assigneeId ?? '');
      if (!assigneeId)
        return {
          ok: false,
          failure: { actionId, unmet: [{ id: 'assignee', message: 'Choose the caseworker to assign the case to.', legalBasis: 'office procedure' }] },
        };
      return {
        ok: true,
        caseFile: bump({ ...caseFile, assigneeId }),
        event: event([{ path: 'assigneeId', before: caseFile.assigneeId ?? null, after: assigneeId }]),
      };
    }
    if (actionId === 'propose-removal') {
      const approval = {
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        updatedBy: actor.userId,
        version: 1,
        actionId: 'schedule-removal',
        input: {},
        proposedBy: actor,
        proposedAt: at,
        status: 'pending' as const,
      };
      return {
        ok: true,
        caseFile: bump({ ...caseFile, pendingApprovals: [...caseFile.pendingApprovals, approval] }),
        event: event([{ path: 'pendingApprovals', before: null, after: approval.id }]),
      };
    }
    if (actionId === 'approve') {
      const pendingApprovals = caseFile.pendingApprovals.map((approval) =>
        approval.id === record.approvalId ? { ...approval, status: 'approved' as const, decidedBy: actor, decidedAt: at } : approval,
      );
      return {
        ok: true,
        caseFile: bump({ ...caseFile, stage: 'REMOVAL_SCHEDULED', pendingApprovals }),
        event: event([{ path: 'stage', before: caseFile.stage, after: 'REMOVAL_SCHEDULED' }]),
      };
    }
    return { ok: false, failure: { actionId, unmet: [{ id: 'known_action', message: `Unknown action ${actionId}`, legalBasis: 'office procedure' }] } };
  },
  decidedApprovalId: (actionId, input) => (actionId === 'approve' ? String((input as Record<string, unknown>).approvalId) : undefined),
  permissionOf: (actionId) => (actionId === 'approve' ? 'case.approve' : 'case.write'),
  // Opening a case is the workflow's own pure action: the stub has nothing to replace.
  openCase: (newCase, opening, actor, now) => openCase.perform(newCase, opening, actor, now),
};

let clock = Date.parse('2026-11-23T09:00:00.000Z');

/** A workspace on its own in-memory IndexedDB, a clock that ticks one second per call. */
export function openTestStore(workspace: Workspace = 'production', options: Partial<WorkspaceStoreOptions> & { factory?: IDBFactory } = {}): WorkspaceStore {
  const factory = options.factory ?? new IDBFactory();
  return openWorkspaceStore(workspace, {
    workflow: stubWorkflow,
    indexedDB: factory,
    IDBKeyRange,
    now: () => new Date((clock += 1000)),
    passwordHashing: { iterationsForTestsOnly: 1_000 },
    ...options,
  });
}

function stampsOf(row: CaseRow): Pick<CaseRow, 'auditEvent' | 'auditSeal'> {
  return { ...(row.auditEvent === undefined ? {} : { auditEvent: row.auditEvent }), ...(row.auditSeal === undefined ? {} : { auditSeal: row.auditSeal }) };
}

/**
 * Turns a store into what a version before encryption at rest left: case rows and audit
 * events in clear, no data key held (tests of the upgrade rules, which otherwise would start
 * from rows sealed under a key the simulated accounts no longer hold).
 */
export async function asWrittenBeforeEncryption(store: WorkspaceStore): Promise<void> {
  const { db } = store;
  const [cases, audit] = await Promise.all([db.cases.toArray(), db.audit.toArray()]);
  // The case files are opened while the key is held (a read row opens its case file when it is first read).
  const caseFiles = cases.map((row) => row.caseFile);
  dropDataKey(db.keyHolder);
  setStoreSealing(db, 'clear');
  await db.transaction('rw', [db.cases, db.caseKeys, db.audit, db.meta, db.searchWords], async () => {
    // The index fields as a clear store has them (read rows carry the sealed store's tokens), the audit stamps as they were.
    const clear = cases.map((row, index) => ({ ...toCaseRow(caseFiles[index] ?? row.caseFile, db.nextDeadlineOf), ...stampsOf(row) }));
    const keys = caseFiles.map((caseFile) => caseSearchKeysOf(caseFile));
    await Promise.all([
      db.cases.bulkPut(clear),
      db.caseKeys.bulkPut(keys),
      db.audit.bulkPut(audit),
      db.meta.delete(STORE_SEALING_META),
      db.searchWords.clear(),
    ]);
  });
}

/** The rows of a table as IndexedDB holds them, read past the store's sealing layer (a second connection without it). */
export async function rawRows(store: WorkspaceStore, table: string): Promise<unknown[]> {
  const raw = new Dexie(store.db.name, { indexedDB: store.db.storage.indexedDB ?? indexedDB, IDBKeyRange: store.db.storage.IDBKeyRange ?? IDBKeyRange });
  try {
    await raw.open();
    return await raw.table(table).toArray();
  } finally {
    raw.close();
  }
}

/** Everything in the database, for "nothing changed" assertions. */
export async function snapshot(store: WorkspaceStore): Promise<unknown> {
  const { db } = store;
  return {
    cases: await db.cases.toArray(),
    caseKeys: await db.caseKeys.toArray(),
    audit: await db.audit.toArray(),
    counts: await db.counts.toArray(),
    users: await db.users.toArray(),
    meta: await db.meta.toArray(),
  };
}

/** A case at the return decision whose 30-day departure period ended in October: a forced return can be proposed. */
export function returnDecisionCase(): CaseFile {
  const base = generateCase(5, 21);
  const meta = { id: '6f1d1a52-4c8e-4a51-9d55-8e0f7c4f2a10', createdAt: base.createdAt, updatedAt: base.createdAt, updatedBy: 'user-caseworker-1', version: 1 };
  return {
    ...base,
    stage: 'RETURN_DECISION',
    route: 'forced',
    decisions: [
      {
        ...meta,
        type: 'order_to_leave',
        decidedOn: '2026-09-01',
        notifiedOn: '2026-09-01',
        decidedBy: 'user-caseworker-1',
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 30,
        shortenedPeriodGrounds: [],
      },
    ],
  };
}

/** Every row of a query, read page after page by key as the case list does. */
export async function everyPage(store: WorkspaceStore, query: CaseQuery, actor: Actor = caseworker): Promise<CaseRow[]> {
  const rows: CaseRow[] = [];
  let page = await store.cases.list(actor, query);
  rows.push(...page.rows);
  while (page.next) {
    page = await store.cases.list(actor, { ...query, after: page.next });
    rows.push(...page.rows);
  }
  return rows;
}
