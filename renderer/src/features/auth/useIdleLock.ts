import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';
import { useSessionStore } from '../../stores/sessionStore';
import { idleTimeoutMs } from './idleLock';
import { noteLockReason } from './lockReason';
import { useSettings } from '../../store/useSettings';

/** The input that counts as activity (Mantine's default misses a touch that does not move and a pointer press). */
const activityEvents: (keyof DocumentEventMap)[] = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];

/**
 * Locks the session after the idle time of the settings (their default: 15 minutes)
 * without keyboard, mouse or touch input in this window (Mantine's useIdle).
 */
export function useIdleLock(active: boolean): void {
  const lock = useSessionStore((state) => state.lock);
  const idle = useIdle(idleTimeoutMs(useSettings('production')), { events: activityEvents, initialState: false });

  useEffect(() => {
    if (!active || !idle) return;
    noteLockReason('idle');
    lock();
  }, [active, idle, lock]);
}
