/**
 * JSON with object keys sorted at every level, so that the same value always gives the same
 * text and therefore the same SHA-256 (audit chain, backup manifest). `undefined` members
 * are dropped, as JSON.stringify does, so a record that went through IndexedDB's structured
 * clone or through a file hashes the same as the original.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}
