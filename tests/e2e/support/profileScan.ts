import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One place a sentinel was found: the profile file and the encoding of the match. */
export interface ProfileMatch {
  file: string;
  sentinel: string;
  encoding: 'utf8' | 'utf16le';
}

/**
 * Every spelling of a sentinel as it might lie on disk: as typed, lower-cased and
 * upper-cased (search keys and display forms), and folded (accents removed), each in
 * UTF-8 and UTF-16LE (Chromium keeps DOM strings as Latin-1 or UTF-16 in leveldb).
 */
function needles(sentinel: string): { text: string; encoding: ProfileMatch['encoding']; bytes: Buffer }[] {
  const folded = sentinel.normalize('NFD').replace(/\p{M}/gu, '');
  const forms = new Set([sentinel, sentinel.toLowerCase(), sentinel.toUpperCase(), folded, folded.toLowerCase(), folded.toUpperCase()]);
  return [...forms].flatMap((text) => [
    { text, encoding: 'utf8' as const, bytes: Buffer.from(text, 'utf8') },
    { text, encoding: 'utf16le' as const, bytes: Buffer.from(text, 'utf16le') },
  ]);
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
 * Searches the bytes of every file for every spelling of every sentinel. The bytes as they
 * are: SQLite databases (Web Data, History…) and leveldb logs (.log) keep strings
 * uncompressed; only leveldb tables (.ldb) may hold snappy-compressed blocks, which the
 * caller must not pass here unread (see `leveldbTables`).
 */
export function scanProfile(root: string, files: readonly string[], sentinels: readonly string[]): ProfileMatch[] {
  const searches = sentinels.flatMap((sentinel) => needles(sentinel).map((needle) => ({ sentinel, ...needle })));
  const matches: ProfileMatch[] = [];
  for (const file of files) {
    const raw = readFileSync(join(root, file));
    const found = new Set<string>();
    for (const search of searches) {
      const key = `${search.sentinel}\u0000${search.encoding}`;
      if (!found.has(key) && raw.includes(search.bytes)) {
        found.add(key);
        matches.push({ file: file.split(sep).join('/'), sentinel: search.sentinel, encoding: search.encoding });
      }
    }
  }
  return matches;
}

/**
 * The leveldb tables among `files`. Chromium's leveldb databases (Local Storage, Session
 * Storage…) keep every write in an uncompressed log (000003.log) until the log outgrows the
 * write buffer; opening a database again reuses its log; only then are tables written, whose
 * blocks may be snappy-compressed and would hide a sentinel from a byte search.
 */
export function leveldbTables(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.ldb') || file.endsWith('.sst'));
}
