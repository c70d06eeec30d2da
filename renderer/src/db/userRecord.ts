import { z } from 'zod';
import { RoleSchema } from '../../../shared/model/actor';
import { TimestampSchema, UserIdSchema } from '../../../shared/model/primitives';
import { PasswordHashSchema } from './passwordHash';

/** A local account. Accounts are deactivated, never deleted, so audit events keep naming a known user. */
export const UserRecordSchema = z.object({
  id: UserIdSchema,
  /** Lower-cased sign-in name. */
  username: z.string().min(1).max(100),
  displayName: z.string().min(1).max(200),
  role: RoleSchema,
  active: z.boolean(),
  /** Absent after a restore from a backup without password hashes: an administrator must set a new password. */
  passwordHash: PasswordHashSchema.optional(),
  /** Set when an administrator reset the password: the next sign-in must choose a new one before anything else. */
  mustChangePassword: z.boolean().optional(),
  /** The last successful sign-in, shown to the administrator (not a version change of the account). */
  lastSignInAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  updatedBy: UserIdSchema,
  version: z.int().min(1),
});
export type UserRecord = z.infer<typeof UserRecordSchema>;

/** What the UI and backups may see of an account. */
export type UserProfile = Omit<UserRecord, 'passwordHash'>;

export function toUserProfile(user: UserRecord): UserProfile {
  const { passwordHash: _hidden, ...profile } = user;
  return profile;
}
