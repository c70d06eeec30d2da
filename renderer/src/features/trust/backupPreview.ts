import { BackupManifestSchema, type BackupManifest } from '../../db/backupFile';

/** What the restore screen shows of a file's clear label; a field the label lacks or garbles is left out. */
export interface BackupPreview {
  workspace?: BackupManifest['workspace'];
  kind?: BackupManifest['kind'];
  createdAt?: string;
  createdBy?: string;
  counts?: BackupManifest['counts'];
  trailVerified?: boolean;
}

/** Reads the preview field by field (it is not trusted: the restore checks the sealed manifest). */
export function backupPreview(preview: Record<string, unknown>): BackupPreview {
  const shape = BackupManifestSchema.shape;
  const field = <T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const workspace = field(shape.workspace, preview.workspace);
  const kind = field(shape.kind, preview.kind);
  const createdAt = field(shape.createdAt, preview.createdAt);
  const createdBy = field(shape.createdBy, preview.createdBy)?.displayName;
  const counts = field(shape.counts, preview.counts);
  const trailVerified = field(shape.auditTrail, preview.auditTrail)?.verified;
  return {
    ...(workspace ? { workspace } : {}),
    ...(kind ? { kind } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(createdBy ? { createdBy } : {}),
    ...(counts ? { counts } : {}),
    ...(trailVerified !== undefined ? { trailVerified } : {}),
  };
}
