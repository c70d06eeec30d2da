import { canonicalJson } from '../model/canonicalJson';
import type { CaseFile, FieldChange } from '../model';

/** Case fields that change on every write and would only add noise to the audit trail. */
const bookkeepingFields = new Set(['updatedAt', 'updatedBy', 'version']);

function hasId(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}

/** Same value whatever the key order (a record read back from IndexedDB or a file compares equal). */
function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The audit trail's one diff format: the field changes between two versions of a case (or,
 * for a new case, against nothing), record by record. Lists of records are compared by id
 * (path `decisions.<id>`), so an event shows which decision was added or which request
 * changed, not the whole list. Events stored in an older format keep verifying: the hash
 * chain covers each event as it was stored.
 */
export function diffCaseFiles(before: CaseFile | undefined, after: CaseFile): FieldChange[] {
  const changes: FieldChange[] = [];
  const previousFields: Record<string, unknown> = before ?? {};
  const nextFields: Record<string, unknown> = after;
  const keys = new Set([...Object.keys(previousFields), ...Object.keys(nextFields)]);
  for (const key of [...keys].sort()) {
    if (bookkeepingFields.has(key)) continue;
    const previous = previousFields[key];
    const next = nextFields[key];
    if (same(previous, next)) continue;
    const previousList = previous === undefined ? [] : previous;
    if (Array.isArray(previousList) && Array.isArray(next) && [...previousList, ...next].every(hasId)) {
      const previousById = new Map(previousList.filter(hasId).map((record) => [record.id, record]));
      const nextById = new Map(next.filter(hasId).map((record) => [record.id, record]));
      for (const id of new Set([...previousById.keys(), ...nextById.keys()])) {
        const a = previousById.get(id);
        const b = nextById.get(id);
        if (!same(a, b)) changes.push({ path: `${key}.${id}`, before: a ?? null, after: b ?? null });
      }
      continue;
    }
    changes.push({ path: key, before: previous ?? null, after: next ?? null });
  }
  return changes;
}
