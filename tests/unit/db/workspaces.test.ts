import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PermissionError } from '../../../renderer/src/db/errors';
import { workspaceDatabaseNames } from '../../../renderer/src/db/workspace';
import { resetTrainingWorkspace } from '../../../renderer/src/db/workspaces';
import { CaseFileExportSchema } from '../../../shared/model/caseFileExport';
import { generateCase, generateCases } from '../../bench/caseGenerator';
import { administrator, caseworker, openTestStore, snapshot, stubWorkflow, supervisor, trainer } from './testStore';

describe('workspaces', () => {
  it('keeps production and training in separate IndexedDB databases; resetting training leaves production alone', async () => {
    const factory = new IDBFactory();
    const production = openTestStore('production', { factory });
    const training = openTestStore('training', { factory });
    expect(production.db.name).toBe(workspaceDatabaseNames.production);
    expect(training.db.name).toBe(workspaceDatabaseNames.training);
    await production.cases.importCases(caseworker, generateCases(0, 20, 1));
    await training.cases.importCases(trainer, generateCases(0, 30, 2, { training: true }));
    const productionBefore = await snapshot(production);

    await expect(resetTrainingWorkspace(caseworker, training, [], { workflow: stubWorkflow, indexedDB: factory, IDBKeyRange })).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(resetTrainingWorkspace(trainer, production, [], { workflow: stubWorkflow, indexedDB: factory, IDBKeyRange })).rejects.toThrow(
      /Only the training workspace/,
    );
    const fresh = await resetTrainingWorkspace(trainer, training, generateCases(100, 5, 2, { training: true }), {
      workflow: stubWorkflow,
      indexedDB: factory,
      IDBKeyRange,
    });
    expect(await fresh.db.cases.count()).toBe(5);
    expect((await fresh.cases.counts(trainer)).total).toBe(5);
    expect(await fresh.auditLog.verifyAuditChain()).toMatchObject({ ok: true, events: 1 });
    expect(await snapshot(production)).toEqual(productionBefore);
    // Administrators may reset training too, though they cannot edit cases.
    const again = await resetTrainingWorkspace(administrator, fresh, [], { workflow: stubWorkflow, indexedDB: factory, IDBKeyRange });
    expect(await again.db.cases.count()).toBe(0);
    again.close();
    production.close();
  });
});

describe('case file export', () => {
  it('gives supervisors an audited ercms-case-file/1 document and refuses caseworkers', async () => {
    const store = openTestStore();
    const created = await store.cases.create(caseworker, generateCase(1, 4));
    const before = await snapshot(store);
    await expect(store.cases.exportCaseFiles(caseworker, [created.id])).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(store)).toEqual(before);
    const exported = await store.cases.exportCaseFiles(supervisor, [created.id], { fileName: 'case.json' });
    expect(CaseFileExportSchema.safeParse(exported).success).toBe(true);
    expect(exported.cases).toEqual([created]);
    const events = await store.auditLog.eventsForCase(supervisor, created.id);
    expect(events.events[0]).toMatchObject({ action: 'export.caseFiles', actor: supervisor, subject: '1 case(s), file case.json' });
    store.close();
  });
});
