import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { caseFactsOf } from '../../../shared/workflow/actions/caseFactSections';
import { sharedWorkflow } from '../../../renderer/src/db/workflowAdapter';
import { openTestStore, rawRows, returnDecisionCase } from './testStore';

let store: WorkspaceStore | undefined;
afterEach(() => store?.close());

/** Records each write request to `caseKeys`: a Dexie middleware at the bottom of the stack, installed before the database opens. */
function caseKeysWrites(opened: WorkspaceStore): string[][] {
  const writes: string[][] = [];
  opened.db.use({
    stack: 'dbcore',
    name: 'caseKeysWrites',
    level: -100,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'caseKeys') return table;
        return {
          ...table,
          mutate(request) {
            writes.push(request.type === 'add' || request.type === 'put' ? request.values.map((row) => (row as { id: string }).id) : [request.type]);
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return writes;
}

describe("a case's search keys are written beside it, and only when they change", () => {
  it('a workflow action leaves them alone; changing a name rewrites them, and the search follows (sealed store)', async () => {
    const opened = (store = openTestStore('production', { workflow: sharedWorkflow }));
    const writes = caseKeysWrites(opened);
    await opened.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await opened.users.authenticate('tom', 'correct horse battery');
    await opened.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
    const an = await opened.users.authenticate('an', 'another long password');

    const created = await opened.cases.create(an, returnDecisionCase());
    expect(writes).toEqual([[created.id]]);

    // Proposing a forced return changes the case (a pending four-eyes decision, dates), not its names or numbers.
    const assigned = await opened.cases.applyAction(an, {
      caseId: created.id,
      expectedVersion: 1,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
    });
    expect(writes).toHaveLength(1);

    // A corrected family name: the keys follow in the same write.
    const identity = caseFactsOf(assigned.caseFile).identity;
    const oldName = identity.primaryName.familyName;
    await opened.cases.applyAction(an, {
      caseId: created.id,
      expectedVersion: assigned.caseFile.version,
      actionId: 'amendCaseFacts',
      input: {
        section: 'identity',
        facts: { ...identity, primaryName: { ...identity.primaryName, familyName: 'Qarrikuqe' } },
        reason: 'Spelling in the passport',
      },
    });
    expect(writes).toEqual([[created.id], [created.id]]);
    expect((await opened.cases.searchByName(an, 'Qarrikuqe')).rows.map((row) => row.id)).toEqual([created.id]);
    expect((await opened.cases.searchByName(an, oldName)).rows.map((row) => row.id)).not.toContain(created.id);

    // Stored sealed: tokens, under the data key, nothing of the names in clear.
    const [keys] = (await rawRows(opened, 'caseKeys')) as { keyId?: string; numbers?: unknown }[];
    expect(typeof keys?.keyId).toBe('string');
    expect(JSON.stringify(keys)).not.toContain('qarrikuqe');
    expect(keys?.numbers).toBeUndefined();
  });
});
