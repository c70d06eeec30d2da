import { describe, expect, it } from 'vitest';
import { createSessionService } from '../../../renderer/src/auth/sessionService';
import { DEFAULT_IDLE_LIMIT_MS, idleStateAt, msUntilLock, recordActivity, startIdleState } from '../../../renderer/src/auth/sessionTimeout';
import { AuthenticationError } from '../../../renderer/src/db/errors';
import { caseworker } from './testStore';

const minute = 60_000;

describe('idle lock', () => {
  it('locks after 15 minutes without activity', () => {
    expect(DEFAULT_IDLE_LIMIT_MS).toBe(15 * minute);
    const started = startIdleState(0);
    expect(idleStateAt(started, 15 * minute - 1).locked).toBe(false);
    expect(idleStateAt(started, 15 * minute).locked).toBe(true);
    const active = recordActivity(started, 10 * minute);
    expect(idleStateAt(active, 24 * minute).locked).toBe(false);
    expect(msUntilLock(active, 24 * minute)).toBe(minute);
    // Activity after the limit does not revive the session.
    expect(recordActivity(started, 16 * minute).locked).toBe(true);
  });
});

describe('session service', () => {
  function service() {
    let now = 0;
    const timers: { at: number; run: () => void }[] = [];
    const session = createSessionService({
      authenticate: async (username, password) => {
        if (username === 'an' && password === 'another long password') return caseworker;
        throw new AuthenticationError();
      },
      now: () => now,
      setTimer: (run, ms) => {
        const timer = { at: now + ms, run };
        timers.push(timer);
        return timer;
      },
      clearTimer: (handle) => {
        const index = timers.indexOf(handle as (typeof timers)[number]);
        if (index >= 0) timers.splice(index, 1);
      },
    });
    const advance = (ms: number) => {
      now += ms;
      for (const timer of timers.filter((candidate) => candidate.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
    };
    return { session, advance };
  }

  it('signs in, locks after 15 idle minutes, and unlocks with the same password', async () => {
    const { session, advance } = service();
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().status));
    await session.signIn('an', 'another long password');
    expect(session.requireActor()).toEqual(caseworker);
    advance(14 * minute);
    session.activity();
    advance(14 * minute);
    expect(session.getSnapshot().status).toBe('active');
    advance(minute);
    expect(session.getSnapshot().status).toBe('locked');
    expect(() => session.requireActor()).toThrow(/locked after 15 minutes/);
    await expect(session.unlock('wrong')).rejects.toBeInstanceOf(AuthenticationError);
    await session.unlock('another long password');
    expect(session.requireActor()).toEqual(caseworker);
    session.signOut();
    expect(() => session.requireActor()).toThrow(/not signed in/);
    expect(seen).toEqual(['active', 'locked', 'active', 'signed-out']);
  });
});
