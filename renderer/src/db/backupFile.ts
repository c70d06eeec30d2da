import { z } from 'zod';
import { ActorSchema } from '../../../shared/model/actor';
import { CASE_FILE_FORMAT, CaseFileExportSchema } from '../../../shared/model/caseFileExport';
import { TimestampSchema } from '../../../shared/model/primitives';
import { StoredAuditEventSchema } from './auditEventRecord';
import { IntakeDraftRecordSchema } from './intakeDraftRecord';
import { UserRecordSchema } from './userRecord';

export const BACKUP_FORMAT = 'ercms-backup/1';

/**
 * A backup is one JSON file: the cases in the interchange format (`ercms-case-file/1`),
 * the accounts (password hashes only in a full backup), the whole audit trail and the
 * settings, plus a manifest. The manifest's SHA-256 covers `content` exactly as written
 * (JSON.stringify of the parsed content gives back the same text), so any change to the
 * file after it was made is refused at restore.
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
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  manifest: BackupManifestSchema,
  content: BackupContentSchema,
});
export type BackupFile = z.infer<typeof BackupFileSchema>;
