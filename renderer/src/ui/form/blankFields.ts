/**
 * Inputs hold '' when left empty; the case file records an unknown fact as absent. Blank
 * strings are therefore removed before validation, except where the model accepts an
 * empty text (given names: some people have only a family name).
 */
const blankAllowed = new Set(['givenNames']);

export function withoutBlankStrings<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string' && entry.trim() === '' && !blankAllowed.has(key)) continue;
    result[key] = strip(entry);
  }
  return result;
}
