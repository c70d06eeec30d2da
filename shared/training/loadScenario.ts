import { CASE_FILE_FORMAT, CaseFileExportSchema, workspaceOfReference, type CaseFileExport } from '../model';

/** Why a scenario file was refused; `messageKey` is in the training locale catalogue (`training:load.*`). */
export type ScenarioLoadErrorCode = 'not_json' | 'wrong_format' | 'invalid' | 'not_training' | 'empty';

export interface ScenarioLoadIssue {
  /** Where in the file, e.g. `cases.0.person.dateOfBirth`. */
  path: string;
  message: string;
}

export type ScenarioLoadResult =
  | { ok: true; scenario: CaseFileExport }
  | { ok: false; error: { code: ScenarioLoadErrorCode; messageKey: string; message: string; issues: ScenarioLoadIssue[] } };

function failure(code: ScenarioLoadErrorCode, message: string, issues: ScenarioLoadIssue[] = []): ScenarioLoadResult {
  return { ok: false, error: { code, messageKey: `load.${code}`, message, issues } };
}

/**
 * Reads a training scenario: a document (or the text of a file) in the `ercms-case-file/1`
 * format whose every case is demo data (`training: true`, never a production `RC-` reference).
 * Used for the shipped library and for a scenario imported from a file, so a file of real
 * cases can never be loaded into the training workspace by mistake.
 */
export function loadScenario(input: unknown): ScenarioLoadResult {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      return failure('not_json', `The file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const format = document !== null && typeof document === 'object' && 'format' in document ? document.format : undefined;
  if (format !== CASE_FILE_FORMAT) {
    return failure('wrong_format', `The file is not in the ${CASE_FILE_FORMAT} format (format: ${typeof format === 'string' ? format : 'missing'}).`);
  }
  const parsed = CaseFileExportSchema.safeParse(document);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    return failure('invalid', `The file does not match the ${CASE_FILE_FORMAT} schema (${issues.length} problem${issues.length === 1 ? '' : 's'}).`, issues);
  }
  if (parsed.data.cases.length === 0) return failure('empty', 'The file holds no case.');
  const real = parsed.data.cases.flatMap((caseFile, index) =>
    caseFile.training && workspaceOfReference(caseFile.reference) !== 'production'
      ? []
      : [{ path: `cases.${index}`, message: `${caseFile.reference} is not a training case` }],
  );
  if (real.length > 0)
    return failure('not_training', 'The file holds cases that are not training cases; only demo data can be loaded into the training workspace.', real);
  return { ok: true, scenario: parsed.data };
}
