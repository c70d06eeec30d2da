import { z } from 'zod';
import { UserIdSchema } from './primitives';

/**
 * Who may do what: caseworkers propose, supervisors approve four-eyes actions and reopen
 * closed cases, trainers work on demo data, administrators manage users and settings.
 */
export const RoleSchema = z.enum(['caseworker', 'supervisor', 'trainer', 'administrator']).meta({ id: 'Role' });
export type Role = z.infer<typeof RoleSchema>;

/** The person acting, as recorded on audit events and approvals. */
export const ActorSchema = z
  .object({
    userId: UserIdSchema,
    displayName: z.string().min(1).max(200),
    role: RoleSchema,
  })
  .meta({ id: 'Actor' });
export type Actor = z.infer<typeof ActorSchema>;
