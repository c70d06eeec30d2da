import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { caseworker, openTestStore, trainer } from './testStore';

let stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
});

/** Resolves once Dexie has delivered the change notices of the writes already committed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('change notice of the cases (live list)', () => {
  it('tells after each committed write to the cases of its own database, until stopped', async () => {
    const factory = new IDBFactory();
    const production = openTestStore('production', { factory, databaseName: 'ercms-changes-production' });
    const training = openTestStore('training', { factory, databaseName: 'ercms-changes-training' });
    stores = [production, training];
    const [first, second] = generateCases(0, 2, 3);
    if (!first || !second) throw new Error('no cases');
    let notices = 0;
    const stop = production.cases.onCasesChanged(() => {
      notices += 1;
    });

    await production.cases.create(caseworker, first);
    await settle();
    expect(notices).toBeGreaterThan(0);

    // Another database (the training workspace), and writes that do not touch cases, say nothing.
    const before = notices;
    await training.cases.importCases(trainer, generateCases(10, 2, 3, { training: true }));
    await production.cases.open(caseworker, first.id);
    await settle();
    expect(notices).toBe(before);

    stop();
    await production.cases.create(caseworker, second);
    await settle();
    expect(notices).toBe(before);
  });
});
