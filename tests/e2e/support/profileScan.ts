import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { logViews, tableViews, unwrappedValue, type LeveldbView } from './leveldbViews';

/** How a form of a sentinel lies in the bytes: Chromium keeps DOM strings as Latin-1 or UTF-16LE (V8's serializer), IndexedDB keys as UTF-16BE. */
export type NeedleEncoding = 'utf8' | 'latin1' | 'utf16le' | 'utf16be';

/** Where in a file a match was seen: its raw bytes, or a view the leveldb decoder gave (leveldbViews.ts). */
export type MatchView = 'raw' | Exclude<LeveldbView['kind'], 'problem'>;

/** A sentinel and every form of it the scan looks for. */
export interface Sentinel {
  label: string;
  forms: readonly string[];
}

/** One place a sentinel was found: the profile file, the view of it, the form and its encoding. */
export interface ProfileMatch {
  file: string;
  view: MatchView;
  sentinel: string;
  form: string;
  encoding: NeedleEncoding;
}

export interface ProfileScan {
  matches: ProfileMatch[];
  /** Parts of leveldb files the decoder could not read: a scan with problems has not seen everything. */
  problems: string[];
}

/** A text as typed, lower- and upper-cased (search keys and display forms), and folded (accents removed). */
export function spellings(text: string): string[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set([text, text.toLowerCase(), text.toUpperCase(), folded, folded.toLowerCase(), folded.toUpperCase()])];
}

function encodings(form: string): { encoding: NeedleEncoding; bytes: Buffer }[] {
  const utf16le = Buffer.from(form, 'utf16le');
  const needles: { encoding: NeedleEncoding; bytes: Buffer }[] = [
    { encoding: 'utf8', bytes: Buffer.from(form, 'utf8') },
    { encoding: 'utf16le', bytes: utf16le },
    { encoding: 'utf16be', bytes: Buffer.from(utf16le).swap16() },
  ];
  // V8 keeps a string of Latin-1 characters one byte a character: the same bytes as UTF-8 unless it has accents.
  const codes = [...form].map((character) => character.codePointAt(0) ?? 0);
  if (codes.every((code) => code <= 0xff) && codes.some((code) => code >= 0x80)) needles.push({ encoding: 'latin1', bytes: Buffer.from(form, 'latin1') });
  return needles;
}

/** Every file under `root`, as paths relative to it, except the folders `skip` names (by path segment). */
export function profileFiles(root: string, skip: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(entry.name)) walk(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())) {
        files.push(relative(root, path));
      }
    }
  };
  walk(root);
  return files;
}

/**
 * The decoded views of one profile file: in a leveldb database (a folder with a CURRENT
 * file) its logs' records and its tables' blocks, in an IndexedDB blob folder the value a
 * blob holds, decompressed. Nothing for any other file: SQLite databases (Web Data,
 * History…), JSON and text files keep strings as they are.
 */
export function* decodedViews(path: string, bytes: Uint8Array): Generator<LeveldbView> {
  const name = basename(path);
  if (path.split(sep).some((segment) => segment.endsWith('.indexeddb.blob'))) {
    yield* unwrappedValue(bytes);
  } else if (existsSync(join(dirname(path), 'CURRENT'))) {
    if (name.endsWith('.log')) yield* logViews(bytes, false);
    else if (name.startsWith('MANIFEST-')) yield* logViews(bytes, true);
    else if (name.endsWith('.ldb') || name.endsWith('.sst')) yield* tableViews(bytes);
  }
}

/**
 * Searches every file, raw and through its decoded views, for every form of every sentinel
 * in every encoding. A file found raw is still searched in its views, so the matches say
 * where decoding was needed.
 */
export function scanProfile(root: string, files: readonly string[], sentinels: readonly Sentinel[]): ProfileScan {
  const searches = sentinels.flatMap((sentinel) =>
    [...new Set(sentinel.forms)].flatMap((form) => encodings(form).map((needle) => ({ sentinel: sentinel.label, form, ...needle }))),
  );
  const matches: ProfileMatch[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const path = join(root, file);
    const raw = readFileSync(path);
    const shown = file.split(sep).join('/');
    const seen = new Set<string>();
    const search = (view: MatchView, bytes: Uint8Array) => {
      const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const needle of searches) {
        const key = `${view}\u0000${needle.sentinel}\u0000${needle.form}\u0000${needle.encoding}`;
        if (!seen.has(key) && haystack.includes(needle.bytes)) {
          seen.add(key);
          matches.push({ file: shown, view, sentinel: needle.sentinel, form: needle.form, encoding: needle.encoding });
        }
      }
    };
    search('raw', raw);
    for (const view of decodedViews(path, raw)) {
      if (view.kind === 'problem') problems.push(`${shown}: ${view.problem}`);
      else search(view.kind, view.bytes);
    }
  }
  return { matches, problems };
}
