import { describe, expect, it } from 'vitest';
import { backgroundTurn, FOREGROUND_QUIET_MS, inForeground } from '../../../renderer/src/db/foregroundReads';

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
