import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../renderer/src/db/auditTrail';
import { backgroundTurn, beginForegroundRead, foregroundReadRunning, type ForegroundRead } from '../../../renderer/src/db/foregroundReads';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { openTestStore, supervisor } from './testStore';

let store: WorkspaceStore;
const leases: ForegroundRead[] = [];

beforeEach(async () => {
  store = openTestStore('production');
  await store.cases.importCases(supervisor, generateCases(0, 40, 5));
});
afterEach(() => {
  for (const lease of leases.splice(0)) lease.release();
  store.close();
});

function lease(): ForegroundRead {
  const read = beginForegroundRead();
  leases.push(read);
  return read;
}

/** Whether a promise has settled, after everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  // A full verification in the foreground runs meanwhile: many tasks and IndexedDB reads, not a fixed wait.
  await verifyAuditTrail(store.db);
  return done;
}

describe('foreground reads: the background audit verification yields to an export', () => {
  it('waits while a lease is held and finishes, verified, once it is released', async () => {
    const read = lease();
    expect(foregroundReadRunning()).toBe(true);
    const background = verifyAuditTrail(store.db, { background: true });
    expect(await settled(background)).toBe(false);
    read.release();
    expect(foregroundReadRunning()).toBe(false);
    await expect(background).resolves.toMatchObject({ ok: true, events: 1 });
  });

  it('a verification a user asked for (not background) never waits', async () => {
    lease();
    await expect(verifyAuditTrail(store.db)).resolves.toMatchObject({ ok: true });
  });

  it('resumes only when the last of two leases ends; releasing twice counts once', async () => {
    const first = lease();
    const second = lease();
    const turn = backgroundTurn();
    first.release();
    first.release();
    expect(await settled(turn)).toBe(false);
    second.release();
    await expect(turn).resolves.toBeUndefined();
    await expect(backgroundTurn()).resolves.toBeUndefined();
  });
});
