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
}

/** How long a ticket is valid: the print window is opened at once; a ticket left behind is soon worthless. */
export const PRINT_TICKET_LIFETIME_MS = 30_000;

export function printTicket(route: string, session: string, now: number): PrintTicket {
  return { route, session, expires: now + PRINT_TICKET_LIFETIME_MS };
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
