import { z } from 'zod';
import { UserIdSchema } from '../../../shared/model/primitives';
import { SealedPayloadSchema } from './sealedPayload';

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
export const IntakeDraftSchema = IntakeDraftRecordSchema.omit({ userId: true });

/**
 * A draft as stored since encryption at rest (issue 14): only whose it is stays in clear (the
 * table's key); when it was saved, the step and every value are one AES-GCM ciphertext under
 * the workspace data key (sealedPayload.ts). Backups carry the clear `IntakeDraftRecord`
 * inside their own sealed file, and a restore seals the drafts again under this workspace's key.
 */
export const SealedIntakeDraftRowSchema = SealedPayloadSchema.extend({ userId: UserIdSchema });
export type SealedIntakeDraftRow = z.infer<typeof SealedIntakeDraftRowSchema>;

/** A row of the drafts table: sealed, or a clear draft written before encryption (sealed again at its next read). */
export type StoredIntakeDraftRow = SealedIntakeDraftRow | IntakeDraftRecord;

/** The separate database earlier versions kept drafts in, outside the workspace: deleted on start. */
export const LEGACY_INTAKE_DRAFT_DATABASE = 'ercms-intake-drafts';
