/**
 * Inputs hold '' when left empty; the case file records an unknown fact as absent. Blank
 * strings are therefore removed before validation, except in the fields named in
 * `blankAllowed`, where the model accepts an empty text (given names: some people have
 * only a family name).
 */
export function withoutBlankStrings<T>(value: T, blankAllowed: ReadonlySet<string> = new Set()): T {
  return strip(value, blankAllowed) as T;
}

function strip(value: unknown, blankAllowed: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((entry) => strip(entry, blankAllowed));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string' && entry.trim() === '' && !blankAllowed.has(key)) continue;
    result[key] = strip(entry, blankAllowed);
  }
  return result;
}
