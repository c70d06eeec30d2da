import { afterEach, describe, expect, it } from 'vitest';
import { composeWithAudit } from '../../../renderer/src/db/auditedWrite';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { caseworker, openTestStore, returnDecisionCase, snapshot } from './testStore';

let store: WorkspaceStore | undefined;
afterEach(() => store?.close());

/**
 * Counts the transactions the store opens while a function runs: a Dexie middleware at the
 * bottom of its stack, installed before the database opens (nothing replaced).
 */
function transactionCounter(opened: WorkspaceStore): (run: () => Promise<unknown>) => Promise<string[]> {
  let modes: string[] | undefined;
  opened.db.use({
    stack: 'dbcore',
    name: 'transactionCounter',
    level: -100,
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        modes?.push(mode);
        return down.transaction(stores, mode, options);
      },
    }),
  });
  return async (run) => {
    const seen: string[] = [];
    modes = seen;
    try {
      await run();
    } finally {
      modes = undefined;
    }
    return seen;
  };
}

describe('a workflow action is one read-write transaction', () => {
  it('reads the case, performs the action and writes the case and its audit event in one transaction (sealed store)', async () => {
    // A sealed store, with a caseworker signed in: the case is opened and sealed inside the transaction.
    const opened = (store = openTestStore());
    const transactionsDuring = transactionCounter(opened);
    await opened.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
    const admin = await opened.users.authenticate('tom', 'correct horse battery');
    await opened.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
    const an = await opened.users.authenticate('an', 'another long password');
    const created = await opened.cases.create(an, returnDecisionCase());
    const modes = await transactionsDuring(() =>
      opened.cases.applyAction(an, { caseId: created.id, expectedVersion: 1, actionId: 'assign', input: { assigneeId: an.userId } }),
    );
    expect(modes).toEqual(['readwrite']);
    const events = await opened.cases.auditEvents(an, created.id);
    expect(events.map((event) => event.action)).toEqual(['case.created', 'assign']);
    expect(await opened.auditLog.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it('a composed write that loses its transaction (two async branches side by side) is refused, and nothing is written', async () => {
    const opened = (store = openTestStore());
    const created = await opened.cases.create(caseworker, returnDecisionCase());
    const before = await snapshot(opened);
    const { db } = opened;
    const composing = composeWithAudit(db, caseworker, async () => {
      // Dexie follows its transaction through one chain of awaits; two native async functions
      // side by side, one resolving without the database, make it lose the transaction.
      const reading = (async () => {
        await db.cases.get(created.id);
      })();
      const nothing = (async () => {
        await db.cases.get('none');
        await (async () => [])();
      })();
      await reading;
      await nothing;
      const row = await db.cases.get(created.id);
      if (!row) throw new Error('the case is missing');
      return {
        draft: { id: 'event-lost', caseId: created.id, actor: caseworker, at: new Date().toISOString(), action: 'assign', changes: [] },
        write: () => db.meta.put({ key: 'written-outside', value: true }),
      };
    });
    await expect(composing).rejects.toThrow('lost its transaction');
    expect(await snapshot(opened)).toEqual(before);
    expect(await db.meta.get('written-outside')).toBeUndefined();
  });
});
