import type { CaseFile, FieldChange } from '../model';

/** Case fields that change on every write and would only add noise to the audit trail. */
const bookkeepingFields = new Set(['updatedAt', 'updatedBy', 'version']);

function hasId(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The field changes between two versions of a case, for the audit event. Lists of records
 * are compared record by record (path `decisions.<id>`), so an event shows which decision
 * was added or which request changed, not the whole list.
 */
export function diffCaseFiles(before: CaseFile, after: CaseFile): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (bookkeepingFields.has(key)) continue;
    const previous: unknown = (before as Record<string, unknown>)[key];
    const next: unknown = (after as Record<string, unknown>)[key];
    if (same(previous, next)) continue;
    if (Array.isArray(previous) && Array.isArray(next) && [...previous, ...next].every(hasId)) {
      const previousById = new Map(previous.filter(hasId).map((record) => [record.id, record]));
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
