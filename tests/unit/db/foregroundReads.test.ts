import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../renderer/src/db/auditTrail';
import {
  backgroundTurn,
  beginForegroundRead,
  FOREGROUND_QUIET_MS,
  foregroundReadRunning,
  inForeground,
  type ForegroundRead,
} from '../../../renderer/src/db/foregroundReads';
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

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('foreground reads before background loops', () => {
  it('holds a background batch while a search runs and for a quiet spell after it', async () => {
    const events: string[] = [];
    let searchEnded = 0;
    const search = inForeground(async () => {
      await later(60);
      events.push('search done');
      searchEnded = performance.now();
    });
    await later(0);
    await backgroundTurn();
    events.push('background batch');
    await search;
    expect(events).toEqual(['search done', 'background batch']);
    // A little timer slack: setTimeout may fire a millisecond early against performance.now().
    expect(performance.now() - searchEnded).toBeGreaterThanOrEqual(FOREGROUND_QUIET_MS - 5);
  });

  it('lets a background batch go at once when nobody is waiting', async () => {
    await later(FOREGROUND_QUIET_MS);
    const started = performance.now();
    await backgroundTurn();
    expect(performance.now() - started).toBeLessThan(FOREGROUND_QUIET_MS / 2);
  });

  it('returns the read and releases the background loops when a read fails', async () => {
    await expect(inForeground(async () => 42)).resolves.toBe(42);
    await expect(inForeground(() => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    await later(FOREGROUND_QUIET_MS);
    const started = performance.now();
    await backgroundTurn();
    expect(performance.now() - started).toBeLessThan(FOREGROUND_QUIET_MS / 2);
  });
});
