import { z } from 'zod';
import { UserIdSchema } from '../../../shared/model/primitives';

/**
 * An unfinished intake, kept as the caseworker types so that nothing is lost to a crash or
 * a closed window: one per user, in the workspace's own database (so backup, restore and
 * the training reset cover it like every other personal data). `values` is the form as
 * typed, not yet a case file: it is validated only when the case is opened.
 */
export const IntakeDraftRecordSchema = z.object({
  userId: UserIdSchema,
  savedAt: z.iso.datetime({ offset: true }),
  step: z.int().min(0),
  values: z.record(z.string(), z.unknown()),
});
export type IntakeDraftRecord = z.infer<typeof IntakeDraftRecordSchema>;

/** What the intake saves: the record less whose it is (the repository takes that from the actor). */
export type IntakeDraft = Omit<IntakeDraftRecord, 'userId'>;

/** The separate database earlier versions kept drafts in, outside the workspace: deleted on start. */
export const LEGACY_INTAKE_DRAFT_DATABASE = 'ercms-intake-drafts';
