/**
 * The ticket that hands a window's session to the print window of one route (see
 * printSessionHandoff.tsx): what it holds, and whether a window may take it.
 */
export interface PrintTicket {
  route: string;
  /** The session entry of the window that asked (sessionStore's persisted JSON). */
  session: string;
  /** Epoch milliseconds after which the ticket is void. */
  expires: number;
  /** The nonce under which the asking window offers the data key (store/keyHandoff.ts). */
  keyNonce?: string;
}

/** How long a ticket is valid: the print window is opened at once; a ticket left behind is soon worthless. */
export const PRINT_TICKET_LIFETIME_MS = 30_000;

export function printTicket(route: string, session: string, now: number, keyNonce?: string): PrintTicket {
  return { route, session, expires: now + PRINT_TICKET_LIFETIME_MS, ...(keyNonce ? { keyNonce } : {}) };
}

/** The session (and key nonce) a stored ticket hands to the print window of `route` at `now`, if it is for that route and not expired. */
export function ticketHandoff(stored: string, route: string, now: number): { session: string; keyNonce?: string } | undefined {
  const session = ticketSession(stored, route, now);
  if (session === undefined) return undefined;
  const { keyNonce } = JSON.parse(stored) as { keyNonce?: unknown };
  return { session, ...(typeof keyNonce === 'string' ? { keyNonce } : {}) };
}

/** The session a stored ticket hands to the print window of `route` at `now`, if it is for that route and not expired. */
export function ticketSession(stored: string, route: string, now: number): string | undefined {
  let ticket: unknown;
  try {
    ticket = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof ticket !== 'object' || ticket === null) return undefined;
  const { route: ticketRoute, session, expires } = ticket as Partial<Record<keyof PrintTicket, unknown>>;
  if (ticketRoute !== route || typeof session !== 'string' || session === '' || typeof expires !== 'number' || expires < now) return undefined;
  return session;
}
