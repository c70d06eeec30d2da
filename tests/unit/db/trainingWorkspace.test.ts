import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PermissionError } from '../../../renderer/src/db/errors';
import { assertMayEnterWorkspace, loadTrainingCases } from '../../../renderer/src/db/trainingWorkspace';
import { roleMay, workspaceAllowed } from '../../../shared/model/permissions';
import { resetTrainingWorkspace } from '../../../renderer/src/db/workspaces';
import { loadLibraryScenario, scenarioIds } from '../../../shared/training/scenarioLibrary';
import type { CaseFile } from '../../../shared/model/caseFile';
import { generateCases } from '../../bench/caseGenerator';
import { administrator, caseworker, openTestStore, snapshot, stubWorkflow, supervisor, trainer } from './testStore';

const today = '2026-12-02';

function scenarioCases(ids: readonly (typeof scenarioIds)[number][]): CaseFile[] {
  return ids.flatMap((id) => {
    const loaded = loadLibraryScenario(id, today);
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.scenario.cases;
  });
}

describe('training workspace entry', () => {
  it('refuses a caseworker entering training and a trainer entering production', () => {
    expect(workspaceAllowed('caseworker', 'training')).toBe(false);
    expect(workspaceAllowed('trainer', 'production')).toBe(false);
    expect(workspaceAllowed('trainer', 'training')).toBe(true);
    expect(workspaceAllowed('administrator', 'training')).toBe(true);
    expect(workspaceAllowed('caseworker', 'production')).toBe(true);
    expect(() => assertMayEnterWorkspace(caseworker, 'training')).toThrow(PermissionError);
    expect(() => assertMayEnterWorkspace(trainer, 'production')).toThrow(PermissionError);
    expect(() => assertMayEnterWorkspace(administrator, 'training')).not.toThrow();
    // The workflow asks the same question: no action of a caseworker in training.
    expect(roleMay('caseworker', 'case.write', 'training')).toBe(false);
    expect(roleMay('caseworker', 'case.read', 'training')).toBe(false);
  });

  it('refuses a caseworker reading or writing the training store, even with a case already there', async () => {
    const training = openTestStore('training');
    await loadTrainingCases(trainer, training, scenarioCases(['albania-transfer-9-months']), 'scenario');
    const before = await snapshot(training);
    await expect(training.cases.list(caseworker)).rejects.toBeInstanceOf(PermissionError);
    await expect(training.cases.importCases(caseworker, generateCases(20, 1, 1, { training: true }))).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(training)).toEqual(before);
    training.close();
  });

  it('loads nothing for a caseworker into training and nothing for anyone into production', async () => {
    const factory = new IDBFactory();
    const training = openTestStore('training', { factory });
    const production = openTestStore('production', { factory });
    await production.cases.importCases(supervisor, generateCases(0, 5, 1));
    const trainingBefore = await snapshot(training);
    const productionBefore = await snapshot(production);
    const cases = scenarioCases(['albania-transfer-9-months']);
    await expect(loadTrainingCases(caseworker, training, cases, 'scenario')).rejects.toBeInstanceOf(PermissionError);
    await expect(loadTrainingCases(trainer, production, cases, 'scenario')).rejects.toThrow(/training workspace only/);
    // A trainer can neither read nor write the production store.
    await expect(production.cases.list(trainer)).rejects.toBeInstanceOf(PermissionError);
    await expect(production.cases.importCases(trainer, generateCases(10, 1, 1))).rejects.toBeInstanceOf(PermissionError);
    expect(await snapshot(training)).toEqual(trainingBefore);
    expect(await snapshot(production)).toEqual(productionBefore);
    training.close();
    production.close();
  });
});

describe('training scenarios in the store', () => {
  it('loads a scenario once with an audit event; loading it again keeps the cases as they are', async () => {
    const training = openTestStore('training');
    const cases = scenarioCases(['albania-transfer-9-months', 'readmission-deemed-accepted']);
    const first = await loadTrainingCases(trainer, training, cases, 'training scenarios');
    expect(first).toEqual({ added: cases.length, alreadyLoaded: 0 });
    const again = await loadTrainingCases(trainer, training, cases, 'training scenarios');
    expect(again).toEqual({ added: 0, alreadyLoaded: cases.length });
    expect(await training.db.cases.count()).toBe(cases.length);
    const rows = await training.db.cases.toArray();
    expect(rows.every((row) => row.reference.startsWith('TRN-'))).toBe(true);
    // Written for a placeholder trainer, they are the cases of the trainer who loaded them.
    expect(rows.map((row) => row.assignee)).toEqual(rows.map(() => trainer.userId));
    expect(await training.auditLog.verifyAuditChain()).toMatchObject({ ok: true, events: 1 });
    training.close();
  });

  it('gives each case of a scenario its own import event, so its history starts with how it came in', async () => {
    const training = openTestStore('training');
    const cases = scenarioCases(['albania-transfer-9-months', 'readmission-deemed-accepted']);
    await loadTrainingCases(trainer, training, cases, 'training scenarios', { eventPerCase: true });
    for (const caseFile of cases) {
      const events = await training.cases.auditEvents(trainer, caseFile.id);
      expect(events.map((event) => event.action)).toEqual(['case.imported']);
      expect(events[0]?.subject).toContain(caseFile.reference);
    }
    expect(await training.auditLog.verifyAuditChain()).toMatchObject({ ok: true, events: cases.length + 1 });
    training.close();
  });

  it('resets the training workspace to every scenario of the library in under 5 seconds, production untouched', async () => {
    const factory = new IDBFactory();
    const production = openTestStore('production', { factory });
    await production.cases.importCases(supervisor, generateCases(0, 10, 1));
    const productionBefore = await snapshot(production);
    const training = openTestStore('training', { factory });
    const cases = scenarioCases(scenarioIds);
    await loadTrainingCases(trainer, training, cases, 'all scenarios');
    await training.cases.importCases(trainer, generateCases(500, 3, 1, { training: true }));
    const started = performance.now();
    const fresh = await resetTrainingWorkspace(trainer, training, cases, { workflow: stubWorkflow, indexedDB: factory, IDBKeyRange });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5000);
    expect(await fresh.db.cases.count()).toBe(cases.length);
    expect(await snapshot(production)).toEqual(productionBefore);
    fresh.close();
    production.close();
  });
});
