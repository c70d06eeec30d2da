import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionRefusedError, CaseReferenceClashError, PermissionError } from '../../../renderer/src/db/errors';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { userErrorMessage } from '../../../renderer/src/ui/userErrorMessage';
import { caseReferencePrefix, nextCaseReference, workspaceOfReference } from '../../../shared/model/caseReference';
import { openCase, type NewCase } from '../../../shared/workflow/actions/openCase';
import { creationActions } from '../../../shared/workflow/registry';
import { workflowActions } from '../../../shared/workflow/executeAction';
import { generateCase } from '../../bench/caseGenerator';
import { administrator, caseworker, openTestStore, supervisor, trainer } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function opened(store: WorkspaceStore): WorkspaceStore {
  stores.push(store);
  return store;
}

/** A case as the intake builds it: no reference, office or workspace flag (the store allocates those). */
function newCase(seed: number): NewCase {
  const { reference: _reference, office: _office, training: _training, ...rest } = generateCase(seed, 7);
  return { ...rest, stage: 'INTAKE', id: crypto.randomUUID() };
}

describe('case references', () => {
  it('are numbered per workspace series and year, after the highest one', () => {
    expect(nextCaseReference('production', 2026, undefined)).toBe('RC-2026-000001');
    expect(nextCaseReference('production', 2026, 'RC-2026-000123')).toBe('RC-2026-000124');
    expect(nextCaseReference('production', 2027, 'RC-2026-000123')).toBe('RC-2027-000001');
    expect(nextCaseReference('training', 2026, undefined)).toBe('TRN-2026-000001');
    expect(nextCaseReference('training', 2026, 'RC-2026-000123')).toBe('TRN-2026-000001');
    expect(caseReferencePrefix('training', 2026)).toBe('TRN-2026-');
    expect(workspaceOfReference('TRN-2026-000001')).toBe('training');
    expect(workspaceOfReference('RC-2026-000001')).toBe('production');
  });
});

describe('opening a case (the workflow action openCase, through the store)', () => {
  it('numbers the case in the series, takes the office from the settings and writes one openCase event', async () => {
    const store = opened(openTestStore('production'));
    await store.settings.update(administrator, { office: 'ANR' });
    const first = await store.cases.openCase(caseworker, newCase(1));
    const second = await store.cases.openCase(caseworker, newCase(2));
    expect(first.reference).toMatch(/^RC-\d{4}-000001$/);
    expect(second.reference).toMatch(/^RC-\d{4}-000002$/);
    expect(first).toMatchObject({ office: 'ANR', training: false, version: 1, stage: 'INTAKE', updatedBy: caseworker.userId });
    const events = await store.cases.auditEvents(caseworker, first.id);
    expect(events.map((event) => event.action)).toEqual(['openCase']);
    // Record level: each record of a list is its own change.
    expect(events[0]?.changes.map((change) => change.path)).toEqual(expect.arrayContaining(['reference', `identities.${first.identities[0]?.id ?? ''}`]));
    expect(await store.auditLog.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it('gives training cases a series of their own, which never meets the production numbers', async () => {
    const factory = new IDBFactory();
    const production = opened(openTestStore('production', { factory }));
    const training = opened(openTestStore('training', { factory }));
    const real = await production.cases.openCase(caseworker, newCase(3));
    const demo = await training.cases.openCase(trainer, newCase(4));
    expect(real.reference.startsWith('RC-')).toBe(true);
    expect(demo.reference.startsWith('TRN-')).toBe(true);
    expect(demo.training).toBe(true);
  });

  it('numbers distinct references when two windows open cases at the same time', async () => {
    const factory = new IDBFactory();
    const one = opened(openTestStore('production', { factory, databaseName: 'ercms-open-race' }));
    const two = opened(openTestStore('production', { factory, databaseName: 'ercms-open-race' }));
    const created = await Promise.all([
      one.cases.openCase(caseworker, newCase(5)),
      two.cases.openCase(supervisor, newCase(6)),
      one.cases.openCase(caseworker, newCase(7)),
    ]);
    expect(new Set(created.map((caseFile) => caseFile.reference)).size).toBe(3);
    expect(await one.db.cases.count()).toBe(3);
  });

  it('refuses a reference already used with a typed error (and a translated message), writing nothing', async () => {
    const store = opened(openTestStore('production'));
    const taken = await store.cases.openCase(caseworker, newCase(8));
    const again = await store.cases.create(caseworker, { ...generateCase(9, 7), reference: taken.reference }).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(CaseReferenceClashError);
    expect(userErrorMessage(again)).toEqual({ key: 'caseFile.errors.referenceClash', values: { reference: taken.reference } });
    expect(await store.db.cases.count()).toBe(1);
  });

  it('is refused to administrators, and to trainers in production', async () => {
    const production = opened(openTestStore('production'));
    await expect(production.cases.openCase(administrator, newCase(10))).rejects.toBeInstanceOf(PermissionError);
    await expect(production.cases.openCase(trainer, newCase(11))).rejects.toBeInstanceOf(PermissionError);
    expect(await production.db.cases.count()).toBe(0);
  });

  it('refuses a case the workflow does not accept, with every condition', async () => {
    const store = opened(openTestStore('production'));
    const error = await store.cases.openCase(caseworker, { ...newCase(12), stage: 'IDENTIFICATION' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ActionRefusedError);
    expect((error as ActionRefusedError).failure.unmet.map((condition) => condition.id)).toContain('stage');
  });
});

describe('openCase in the registry', () => {
  it('is a creation action, not one of the case file’s next steps (no action dialog)', () => {
    expect(creationActions).toContain(openCase);
    expect(workflowActions.map((action) => action.id)).not.toContain(openCase.id);
    expect(openCase.requiredRoles).toEqual(['caseworker', 'supervisor', 'trainer']);
  });
});
