import { useEffect, useState, type ReactNode } from 'react';
import { offerDataKey, takeOfferedDataKey } from '../../../store/keyHandoff';
import { SESSION_STORAGE_KEY } from '../../../stores/persistedSession';
import { useSessionStore } from '../../../stores/sessionStore';
import { printTicket, ticketHandoff } from './printTicket';

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
    localStorage.setItem(TICKET_KEY, JSON.stringify(printTicket(route, session, Date.now(), offerDataKey())));
  } catch {
    // No storage (a locked-down profile): the print window shows the sign-in screen instead.
  }
}

/**
 * Takes the ticket left for this route: its session into this window's, if it has none, and
 * the nonce under which the asking window offers the data key. Undefined when there is none.
 */
export function takePrintTicket(route: string, now = Date.now()): { session: boolean; keyNonce?: string } | undefined {
  try {
    const raw = localStorage.getItem(TICKET_KEY);
    if (raw === null) return undefined;
    localStorage.removeItem(TICKET_KEY);
    const handoff = ticketHandoff(raw, route, now);
    if (handoff === undefined) return undefined;
    const session = !sessionStorage.getItem(sessionKey());
    if (session) sessionStorage.setItem(sessionKey(), handoff.session);
    return { session, ...(handoff.keyNonce ? { keyNonce: handoff.keyNonce } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Wraps the print route: takes the ticket, and the data key it names, before the auth gate
 * first looks at the session (a window without the key would show the lock screen).
 */
export function PrintSessionHandoff({ children }: { children: ReactNode }) {
  const [ticket] = useState(() => takePrintTicket(`${window.location.pathname}${window.location.search}`));
  const [ready, setReady] = useState(() => ticket?.keyNonce === undefined);
  useEffect(() => {
    if (!ticket) return;
    const keyNonce = ticket.keyNonce;
    void (keyNonce ? takeOfferedDataKey(keyNonce) : Promise.resolve(false)).then(() => {
      if (ticket.session || keyNonce) void useSessionStore.persist.rehydrate();
      setReady(true);
    });
  }, [ticket]);
  return ready ? <>{children}</> : null;
}
