import { z } from 'zod';
import { ActorSchema } from '../../../shared/model/actor';
import { CASE_FILE_FORMAT, CaseFileExportSchema } from '../../../shared/model/caseFileExport';
import { TimestampSchema } from '../../../shared/model/primitives';
import { StoredAuditEventSchema } from './auditEventRecord';
import { IntakeDraftRecordSchema } from './intakeDraftRecord';
import { UserRecordSchema } from './userRecord';
import { SEALED_BACKUP_FORMAT } from './backupSeal';

/** The format of the file: sealed since /2 (backupSeal.ts); /1 files were unsealed and are refused. */
export const BACKUP_FORMAT = SEALED_BACKUP_FORMAT;

/**
 * A backup holds the cases in the interchange format (`ercms-case-file/1`), the accounts
 * (password hashes only in a full backup), the whole audit trail and the settings, plus a
 * manifest; manifest and content are sealed together under the backup passphrase
 * (backupSeal.ts). The manifest's SHA-256 of the content stays as a check of the content's
 * own integrity, but the seal is what makes any change detectable.
 */
export const BackupContentSchema = z.object({
  caseFiles: CaseFileExportSchema,
  users: z.array(UserRecordSchema),
  audit: z.array(StoredAuditEventSchema),
  settings: z.record(z.string(), z.unknown()).optional(),
  /** Unfinished intakes (absent from backups made before drafts moved into the workspace database). */
  intakeDrafts: z.array(IntakeDraftRecordSchema).optional(),
});
export type BackupContent = z.infer<typeof BackupContentSchema>;

export const BackupManifestSchema = z.object({
  schemaVersion: z.int().min(1),
  caseFileFormat: z.literal(CASE_FILE_FORMAT),
  createdAt: TimestampSchema,
  createdBy: ActorSchema,
  workspace: z.enum(['production', 'training']),
  kind: z.enum(['standard', 'full']),
  counts: z.object({ cases: z.int().min(0), users: z.int().min(0), auditEvents: z.int().min(0) }),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * The audit trail when the backup was made: its last event (the anchor of browser mode,
   * to compare with the database it is restored into) and what its verification found,
   * so a backup of a broken trail says so.
   */
  auditTrail: z.object({
    head: z.object({ sequence: z.int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
    verified: z.boolean(),
    brokenAt: z.int().min(0).optional(),
    problem: z.string().max(50).optional(),
  }),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** What the seal holds: the manifest and the content, authenticated together. */
export const BackupFileSchema = z.object({
  manifest: BackupManifestSchema,
  content: BackupContentSchema,
});
export type BackupFile = z.infer<typeof BackupFileSchema>;
