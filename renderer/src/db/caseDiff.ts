import type { FieldChange } from '../../../shared/model/auditEvent';
import type { CaseFile } from '../../../shared/model/caseFile';
import { canonicalJson } from './canonicalJson';

/**
 * The top-level fields of a case file that differ, with their values before and after, for
 * the audit trail. Record metadata (updatedAt, updatedBy, version) is left out: every
 * event already says who and when.
 */
const bookkeeping = new Set(['updatedAt', 'updatedBy', 'version']);

export function diffCaseFiles(before: CaseFile | undefined, after: CaseFile): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of [...keys].sort()) {
    if (bookkeeping.has(key)) continue;
    const previous = before ? (before as Record<string, unknown>)[key] : undefined;
    const next = (after as Record<string, unknown>)[key];
    if (canonicalJson(previous) === canonicalJson(next)) continue;
    changes.push({ path: key, before: previous ?? null, after: next ?? null });
  }
  return changes;
}
