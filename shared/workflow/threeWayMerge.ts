import { canonicalJson } from '../model/canonicalJson';

/**
 * A field-level three-way merge of what a caseworker typed into a form with what another
 * user saved meanwhile (issue 13, point 6): `base` is what the editor opened on, `mine` what
 * the caseworker has now, `theirs` what is stored now.
 *
 * - A field only one side changed takes that side's value: the other user's change to
 *   another field stays.
 * - A field both changed to different values is a conflict: it is listed, and takes the
 *   value of the choice given for it (the stored one until the user chooses).
 * - Lists of records (aliases, nationalities, documents…) are matched by record id: each
 *   record merges field by field; records either side added are kept; a record one side
 *   removed goes unless the other side changed it (then that is a conflict).
 * - Lists of plain values, and of records without an id (languages, evidence), are merged
 *   as sets: what either side added is kept, what either side removed goes.
 */
export type MergeChoice = 'mine' | 'theirs';

export interface MergeConflict {
  /** Stable key of the conflict, for the choices: the path with record ids (`aliases.#<id>.familyName`). */
  key: string;
  /** Path segments: field names, and `#<id>` for a record of a list. */
  path: readonly string[];
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

/** The value of a record-list segment: `#` and the record's id. */
export const RECORD_SEGMENT = '#';

type Choices = Readonly<Record<string, MergeChoice>>;

export function threeWayMerge<T>(base: T, mine: T, theirs: T, choices: Choices = {}): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base, mine, theirs, [], choices, conflicts) as T;
  return { merged, conflicts };
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string[], choices: Choices, conflicts: MergeConflict[]): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs) && (base === undefined || isRecord(base))) {
    return mergeRecords(base ?? {}, mine, theirs, path, choices, conflicts);
  }
  if (Array.isArray(mine) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
    return mergeLists(base ?? [], mine, theirs, path, choices, conflicts);
  }
  return conflict(base, mine, theirs, path, choices, conflicts);
}

function conflict(base: unknown, mine: unknown, theirs: unknown, path: string[], choices: Choices, conflicts: MergeConflict[]): unknown {
  const key = path.join('.');
  conflicts.push({ key, path, base, mine, theirs });
  return choices[key] === 'mine' ? mine : theirs;
}

function mergeRecords(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  path: string[],
  choices: Choices,
  conflicts: MergeConflict[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // Their key order first, then keys only mine has: the stored record's shape is kept.
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])];
  for (const key of keys) {
    const value = mergeValue(base[key], mine[key], theirs[key], [...path, key], choices, conflicts);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function recordId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = value['id'];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function mergeLists(base: unknown[], mine: unknown[], theirs: unknown[], path: string[], choices: Choices, conflicts: MergeConflict[]): unknown[] {
  const byId = (list: unknown[]) => new Map(list.flatMap((entry) => (recordId(entry) === undefined ? [] : [[recordId(entry), entry] as const])));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const texts = (list: unknown[]) => new Set(list.filter((entry) => recordId(entry) === undefined).map((entry) => canonicalJson(entry)));
  const baseTexts = texts(base);
  const mineTexts = texts(mine);
  const theirTexts = texts(theirs);

  const result: unknown[] = [];
  for (const entry of theirs) {
    const id = recordId(entry);
    if (id === undefined) {
      // A plain value (or a record without an id): gone if I removed it, else kept.
      const text = canonicalJson(entry);
      if (!(baseTexts.has(text) && !mineTexts.has(text))) result.push(entry);
      continue;
    }
    const segment = [...path, `${RECORD_SEGMENT}${id}`];
    const original = baseById.get(id);
    const minesEntry = mineById.get(id);
    if (minesEntry !== undefined) result.push(mergeValue(original, minesEntry, entry, segment, choices, conflicts));
    else if (original === undefined)
      result.push(entry); // they added it
    else if (!same(original, entry)) {
      // I removed a record they changed: the user decides.
      const kept = conflict(original, undefined, entry, segment, choices, conflicts);
      if (kept !== undefined) result.push(kept);
    }
    // else: I removed it and they left it alone: it goes.
  }
  for (const entry of mine) {
    const id = recordId(entry);
    if (id === undefined) {
      const text = canonicalJson(entry);
      // Added by me (not there before, not already kept from theirs).
      if (!baseTexts.has(text) && !theirTexts.has(text)) result.push(entry);
      continue;
    }
    if (theirsById.has(id)) continue;
    const original = baseById.get(id);
    if (original === undefined)
      result.push(entry); // I added it
    else if (!same(original, entry)) {
      // They removed a record I changed: the user decides.
      const kept = conflict(original, entry, undefined, [...path, `${RECORD_SEGMENT}${id}`], choices, conflicts);
      if (kept !== undefined) result.push(kept);
    }
  }
  return result;
}
