import { z } from 'zod';
import { RoleSchema } from '../../../shared/model/actor';
import { UserIdSchema } from '../../../shared/model/primitives';
import type { Workspace } from '../db/workspace';
import type { SignedInUser } from '../store/signedInUser';

/**
 * What the session store writes to sessionStorage, which Chromium keeps on disk in the
 * profile's "Session Storage" folder: the account id, its role code and the workspace,
 * never a name. The display name and the sign-in name are read again from the store after
 * a reload (sessionStore's `refreshSession`). The print ticket (printSessionHandoff.tsx)
 * carries this same entry to the print window.
 */
export const SESSION_STORAGE_KEY = 'ercms.session';

/** 3: names left out (version 2 kept the display name and the sign-in name). */
export const PERSISTED_SESSION_VERSION = 3;

const PersistedSessionSchema = z.object({
  user: z.object({ userId: UserIdSchema, role: RoleSchema }).optional().catch(undefined),
  workspace: z.enum(['production', 'training']).optional().catch(undefined),
});

export type PersistedSession = z.infer<typeof PersistedSessionSchema>;

/** The entry written for this session: only ids and codes. */
export function persistedSession(user: SignedInUser | undefined, workspace: Workspace): PersistedSession {
  return { user: user ? { userId: user.userId, role: user.role } : undefined, workspace };
}

/**
 * Reads an entry back (anyone can edit sessionStorage, and an older version may have left
 * more): only a well-formed id, role and workspace are kept; the rest, names included, is dropped.
 */
export function readPersistedSession(stored: unknown): PersistedSession {
  const parsed = PersistedSessionSchema.safeParse(stored ?? {});
  if (!parsed.success) return {};
  const { user, workspace } = parsed.data;
  return { ...(user ? { user: { userId: user.userId, role: user.role } } : {}), ...(workspace ? { workspace } : {}) };
}
