import { useState, type ReactNode } from 'react';
import { SESSION_STORAGE_KEY } from '../../../stores/persistedSession';
import { useSessionStore } from '../../../stores/sessionStore';
import { printTicket, ticketSession } from './printTicket';

/**
 * Electron prints a route in a hidden window of its own (`pdf:print`), and a new window
 * starts without the session of the one that asked (sessionStorage is per window), so the
 * print route would show the sign-in screen. Before asking, the page leaves a ticket in
 * localStorage (shared by the app's windows): the session entry (account id, role code and
 * workspace, never a name: persistedSession.ts), the route and a short expiry. The print route of a window without a session takes it once (the ticket is
 * removed whatever happens) and the session store reads it as after a reload: locked until
 * the store's session rows say the account is signed in (sessionStore.ts), so the ticket
 * grants nothing the store does not confirm.
 */
const TICKET_KEY = 'ercms.printTicket';

function sessionKey(): string {
  return useSessionStore.persist.getOptions().name ?? SESSION_STORAGE_KEY;
}

/** Leaves the window's session for the print window of `route`; nothing when no one is signed in. */
export function leavePrintTicket(route: string): void {
  try {
    const session = sessionStorage.getItem(sessionKey());
    if (!session) return;
    localStorage.setItem(TICKET_KEY, JSON.stringify(printTicket(route, session, Date.now())));
  } catch {
    // No storage (a locked-down profile): the print window shows the sign-in screen instead.
  }
}

/** Takes the ticket left for this route into this window's session, if it has none; true when it did. */
export function takePrintTicket(route: string, now = Date.now()): boolean {
  try {
    const raw = localStorage.getItem(TICKET_KEY);
    if (raw === null) return false;
    localStorage.removeItem(TICKET_KEY);
    if (sessionStorage.getItem(sessionKey())) return false;
    const session = ticketSession(raw, route, now);
    if (session === undefined) return false;
    sessionStorage.setItem(sessionKey(), session);
    return true;
  } catch {
    return false;
  }
}

/** Wraps the print route: takes the ticket before the auth gate first looks at the session. */
export function PrintSessionHandoff({ children }: { children: ReactNode }) {
  useState(() => {
    if (takePrintTicket(`${window.location.pathname}${window.location.search}`)) void useSessionStore.persist.rehydrate();
    return true;
  });
  return <>{children}</>;
}
