import { useEffect } from 'react';
import { useSessionStore } from '../../stores/sessionStore';
import { DEFAULT_IDLE_MINUTES, IDLE_CHECK_INTERVAL_MS, isIdle } from './idleLock';
import { useSettings } from '../../store/useSettings';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the session after the idle time of the settings (15 minutes by default) without
 * keyboard, mouse or touch input in this window.
 */
export function useIdleLock(active: boolean): void {
  const lock = useSessionStore((state) => state.lock);
  const idleMinutes = useSettings('production')?.sessionIdleMinutes ?? DEFAULT_IDLE_MINUTES;

  useEffect(() => {
    if (!active) return undefined;
    let lastActivityAt = Date.now();
    const onActivity = () => {
      lastActivityAt = Date.now();
    };
    for (const event of activityEvents) window.addEventListener(event, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (isIdle(lastActivityAt, Date.now(), idleMinutes)) lock();
    }, IDLE_CHECK_INTERVAL_MS);
    return () => {
      for (const event of activityEvents) window.removeEventListener(event, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, idleMinutes, lock]);
}
