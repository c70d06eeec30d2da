import { z } from 'zod';
import { ActorSchema } from './actor';
import { AuditEventSchema } from './auditEvent';
import { CaseFileSchema } from './caseFile';
import { TimestampSchema } from './primitives';

/**
 * The interchange format for case files: scenario files, import, export and backup.
 * The version is in the format name; a change that old readers cannot read takes a new
 * name (`ercms-case-file/2`) and a migration, never a silent change to this one.
 */
export const CASE_FILE_FORMAT = 'ercms-case-file/1';

export const CaseFileExportSchema = z
  .object({
    format: z.literal(CASE_FILE_FORMAT),
    exportedAt: TimestampSchema,
    exportedBy: ActorSchema.optional(),
    /** What the file is for, in words (e.g. "Training scenario: Albanian national in custody"). */
    description: z.string().max(1000).optional(),
    cases: z.array(CaseFileSchema),
    /** The audit trail of the exported cases, in order, when the export is a backup. */
    auditEvents: z.array(AuditEventSchema).optional(),
  })
  .meta({
    id: 'CaseFileExport',
    title: 'eRCMS case file, format ercms-case-file/1',
    description: 'Case files of eRCMS Desktop (return and readmission cases) with their optional audit trail.',
  });
export type CaseFileExport = z.infer<typeof CaseFileExportSchema>;
