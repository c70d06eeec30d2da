import { z } from 'zod';
import { CaseFileExportSchema } from './caseFileExport';

/** Where the published JSON Schema of `ercms-case-file/1` is committed (documentation, not build output). */
export const CASE_FILE_JSON_SCHEMA_PATH = 'docs/ercms-case-file-1.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the interchange format, generated from the zod
 * schemas so the two can never drift. Describes the input side: what a file must contain.
 * Unknown fields are tolerated (and dropped by the zod parser) so that a field added
 * within version 1 does not make older readers refuse newer files; anything that changes
 * the meaning of an existing field needs `ercms-case-file/2`.
 */
export function caseFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFileExportSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return { ...schema, $id: 'https://ercms.local/schemas/ercms-case-file-1.schema.json' };
}

/** The schema file's exact text: stable key order from the zod definitions, two-space indent, final newline. */
export function caseFileJsonSchemaText(): string {
  return `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`;
}
