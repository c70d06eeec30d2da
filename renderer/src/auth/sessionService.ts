import type { Actor } from '../../../shared/model/actor';
import type { IdleState } from './sessionTimeout';
import { DEFAULT_IDLE_LIMIT_MS, idleStateAt, msUntilLock, recordActivity, startIdleState } from './sessionTimeout';

export type SessionSnapshot = { status: 'signed-out' } | { status: 'active'; actor: Actor } | { status: 'locked'; actor: Actor };

export interface SessionServiceOptions {
  /** Checks a password (userRepository.authenticate); resolves to the actor or rejects. */
  authenticate: (username: string, password: string) => Promise<Actor>;
  idleLimitMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Who is signed in, and whether the screen is locked. A plain observable (no zustand) so
 * the UI can subscribe with `useSyncExternalStore`, and repositories get the actor from
 * `requireActor()`. Unlocking needs the same user's password; another user must sign out
 * the locked session first.
 */
export function createSessionService(options: SessionServiceOptions) {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const idleLimitMs = options.idleLimitMs ?? DEFAULT_IDLE_LIMIT_MS;
  const listeners = new Set<() => void>();
  let actor: Actor | undefined;
  let username = '';
  let idle: IdleState | undefined;
  let timer: unknown;
  let snapshot: SessionSnapshot = { status: 'signed-out' };

  function publish(): void {
    snapshot = !actor || !idle ? { status: 'signed-out' } : { status: idle.locked ? 'locked' : 'active', actor };
    for (const listener of listeners) listener();
  }

  function schedule(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (!idle || idle.locked) return;
    timer = setTimer(check, msUntilLock(idle, now()));
  }

  function check(): void {
    if (!idle) return;
    const next = idleStateAt(idle, now());
    if (next.locked !== idle.locked) {
      idle = next;
      publish();
    }
    schedule();
  }

  return {
    async signIn(name: string, password: string): Promise<Actor> {
      const signedIn = await options.authenticate(name, password);
      actor = signedIn;
      username = name;
      idle = startIdleState(now(), idleLimitMs);
      publish();
      schedule();
      return signedIn;
    },

    /** Call on user input (pointer, keys); throttled by the caller if it likes. */
    activity(): void {
      if (!idle) return;
      const next = recordActivity(idle, now());
      const changed = next.locked !== idle.locked;
      idle = next;
      if (changed) publish();
      schedule();
    },

    lock(): void {
      if (!idle || idle.locked) return;
      idle = { ...idle, locked: true };
      publish();
      schedule();
    },

    async unlock(password: string): Promise<void> {
      if (!actor || !idle) throw new Error('Nobody is signed in.');
      // Re-authenticate the same account; an error from authenticate reaches the caller.
      await options.authenticate(username, password);
      idle = startIdleState(now(), idleLimitMs);
      publish();
      schedule();
    },

    signOut(): void {
      actor = undefined;
      username = '';
      idle = undefined;
      schedule();
      publish();
    },

    /** The actor for a repository call; refuses when locked or signed out. */
    requireActor(): Actor {
      check();
      if (!actor || !idle) throw new Error('You are not signed in. Sign in to continue.');
      if (idle.locked) throw new Error(`The session locked after ${Math.round(idleLimitMs / 60_000)} minutes without activity. Enter your password to continue.`);
      return actor;
    },

    getSnapshot: (): SessionSnapshot => snapshot,

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
