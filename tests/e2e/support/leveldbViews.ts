import { uncompress } from 'snappyjs';

/**
 * The bytes of Chromium's leveldb files as a reader would see them, for a byte search that
 * must not miss what the raw file hides. Three things hide a string from a search of the raw
 * bytes of a leveldb database (IndexedDB, Local Storage, Session Storage…):
 * - a log (.log, MANIFEST-*) is cut into 32 KB blocks, each fragment of a record behind a
 *   7-byte header: a value that crosses a block boundary is split in the file;
 * - a table (.ldb, .sst) keeps its blocks snappy-compressed (a string repeated within a block
 *   becomes a back-reference) and its keys prefix-compressed (a key keeps only what differs
 *   from the key before it);
 * - Blink's IndexedDB compresses a value of 64 KB or more with snappy before it reaches
 *   leveldb (idb_value_wrapping.cc: the value starts with 0xFF 0x11 0x02, then raw snappy),
 *   and moves a value still above 64 KB to a file of the database's .indexeddb.blob folder,
 *   compressed the same way.
 * Every function here yields views: the reassembled log records, the decompressed table
 * blocks, their entries with whole keys, and every wrapped value decompressed. What cannot be
 * decoded is yielded as a problem, never skipped in silence: the scan must then fail.
 *
 * Chromium 156 (Debian's, which the tests drive) keeps IndexedDB in leveldb. The SQLite
 * backend in Chromium's source neither compresses nor moves values to blobs (IDBValueWrapper
 * skips both for it), but its overflow pages would split long values: it would need a reader
 * of its own, and the profile scan fails if the IndexedDB folder holds anything but leveldb.
 */

/** One decoded part of a file, searched beside the file's raw bytes. */
export type LeveldbView = { kind: 'log record' | 'table block' | 'table entries' | 'wrapped value'; bytes: Uint8Array } | { kind: 'problem'; problem: string };

const LOG_BLOCK_SIZE = 32 * 1024;
const LOG_HEADER_SIZE = 7;
/** leveldb's log record types (log_format.h). */
const LogRecordType = { Zero: 0, Full: 1, First: 2, Middle: 3, Last: 4 } as const;

const TABLE_FOOTER_SIZE = 48;
const TABLE_MAGIC = Uint8Array.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
const BLOCK_TRAILER_SIZE = 5;
/** leveldb's block compression types (options.h): any other (zstd is 2) is reported as a problem. */
const BlockCompression = { None: 0, Snappy: 1 } as const;

/** Blink's header of a value it compressed (kVersionTag, kRequiresProcessingSSVPseudoVersion, kCompressedWithSnappy). */
const WRAPPED_SNAPPY = Uint8Array.from([0xff, 0x11, 0x02]);
/** No value of the app comes near this; a larger length read from garbage is refused before allocating. */
const MAX_DECOMPRESSED = 512 * 1024 * 1024;

/** A little reader of leveldb's varints. */
class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('varint past the end');
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('varint too long');
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new Error('length past the end');
    const part = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return part;
  }
}

function u32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array, at: number): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

/** Where Blink's header starts in `value`: at 0 in a blob file, after IndexedDB's varint version in a leveldb value; -1 if not wrapped. */
function wrappedHeaderAt(value: Uint8Array): number {
  if (startsWith(value, WRAPPED_SNAPPY, 0)) return 0;
  const afterVersion = value.findIndex((byte) => (byte & 0x80) === 0) + 1;
  return afterVersion > 0 && afterVersion <= 10 && startsWith(value, WRAPPED_SNAPPY, afterVersion) ? afterVersion : -1;
}

/**
 * A value Blink compressed, decompressed: `value` is a leveldb value (IndexedDB's varint
 * version, then the wrapper) or a blob file (the wrapper alone). Nothing for a value that is
 * not wrapped.
 */
export function* unwrappedValue(value: Uint8Array): Generator<LeveldbView> {
  const header = wrappedHeaderAt(value);
  if (header < 0) return;
  try {
    yield { kind: 'wrapped value', bytes: uncompress(value.subarray(header + WRAPPED_SNAPPY.length), MAX_DECOMPRESSED) };
  } catch (error) {
    yield { kind: 'problem', problem: `a value marked as snappy-compressed does not decompress: ${message(error)}` };
  }
}

/** The records of a leveldb log (a .log or a MANIFEST), each reassembled from its fragments. */
export function logRecords(file: Uint8Array): { records: Uint8Array[]; problems: string[] } {
  const records: Uint8Array[] = [];
  const problems: string[] = [];
  let fragments: Uint8Array[] | undefined;
  for (let block = 0; block < file.length; block += LOG_BLOCK_SIZE) {
    const end = Math.min(block + LOG_BLOCK_SIZE, file.length);
    let at = block;
    while (end - at >= LOG_HEADER_SIZE) {
      const length = (file[at + 4] ?? 0) | ((file[at + 5] ?? 0) << 8);
      const type = file[at + 6] ?? 0;
      // A zero header is the space leveldb preallocates (or a block's zero-filled tail).
      if (type === LogRecordType.Zero && length === 0) break;
      const start = at + LOG_HEADER_SIZE;
      if (start + length > end) {
        // The last record of a log still being written when the browser stopped.
        if (end === file.length) break;
        problems.push(`log record at byte ${at} runs past its block`);
        break;
      }
      const fragment = file.subarray(start, start + length);
      at = start + length;
      if (type === LogRecordType.Full) {
        records.push(fragment);
        fragments = undefined;
      } else if (type === LogRecordType.First) {
        fragments = [fragment];
      } else if ((type === LogRecordType.Middle || type === LogRecordType.Last) && fragments) {
        fragments.push(fragment);
        if (type === LogRecordType.Last) {
          records.push(concat(fragments));
          fragments = undefined;
        }
      } else {
        problems.push(`log record at byte ${at - length - LOG_HEADER_SIZE} has type ${type} out of sequence`);
        fragments = undefined;
      }
    }
  }
  return { records, problems };
}

/** The values a write batch (one record of a database's .log) puts: sequence (8 bytes), count (4), then Put/Delete entries. */
function batchValues(record: Uint8Array): Uint8Array[] {
  if (record.length < 12) throw new Error('shorter than a write batch header');
  const count = u32(record, 8);
  const values: Uint8Array[] = [];
  const cursor = new Cursor(record, 12);
  let entries = 0;
  for (; !cursor.done; entries++) {
    const tag = cursor.take(1)[0];
    cursor.take(cursor.varint());
    if (tag === 1) values.push(cursor.take(cursor.varint()));
    else if (tag !== 0) throw new Error(`write batch entry of type ${String(tag)}`);
  }
  if (entries !== count) throw new Error(`write batch of ${count} entries holds ${entries}`);
  return values;
}

/**
 * A leveldb log: every record reassembled, and for a database's log (not a MANIFEST, whose
 * records are version edits), every value the records put that Blink compressed, decompressed.
 */
export function* logViews(file: Uint8Array, isManifest: boolean): Generator<LeveldbView> {
  const { records, problems } = logRecords(file);
  for (const problem of problems) yield { kind: 'problem', problem };
  for (const record of records) {
    yield { kind: 'log record', bytes: record };
    if (isManifest) continue;
    let values: Uint8Array[];
    try {
      values = batchValues(record);
    } catch (error) {
      yield { kind: 'problem', problem: `a log record is not a write batch: ${message(error)}` };
      continue;
    }
    for (const value of values) yield* unwrappedValue(value);
  }
}

/** A block of a table, its trailer checked and its contents decompressed. */
function tableBlock(file: Uint8Array, offset: number, size: number): Uint8Array {
  if (offset + size + BLOCK_TRAILER_SIZE > file.length) throw new Error(`block at ${offset} past the end of the table`);
  const contents = file.subarray(offset, offset + size);
  const compression = file[offset + size];
  if (compression === BlockCompression.None) return contents;
  if (compression === BlockCompression.Snappy) return uncompress(contents, MAX_DECOMPRESSED);
  throw new Error(`block at ${offset} compressed with type ${String(compression)}, which this reader does not know`);
}

/** The entries of a table block: keys rebuilt from their shared prefixes. */
function blockEntries(block: Uint8Array): { key: Uint8Array; value: Uint8Array }[] {
  if (block.length < 4) throw new Error('block too short');
  const restarts = u32(block, block.length - 4);
  const end = block.length - 4 - 4 * restarts;
  if (end < 0) throw new Error('restart array larger than the block');
  const cursor = new Cursor(block.subarray(0, end));
  const entries: { key: Uint8Array; value: Uint8Array }[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  while (!cursor.done) {
    const shared = cursor.varint();
    const unshared = cursor.varint();
    const valueLength = cursor.varint();
    if (shared > previous.length) throw new Error('entry shares more than the key before it');
    const key = concat([previous.subarray(0, shared), cursor.take(unshared)]);
    entries.push({ key, value: cursor.take(valueLength) });
    previous = key;
  }
  return entries;
}

function blockHandle(bytes: Uint8Array): { offset: number; size: number } {
  const cursor = new Cursor(bytes);
  return { offset: cursor.varint(), size: cursor.varint() };
}

/** One table block's views: the decompressed block, its entries with whole keys, and its wrapped values decompressed. */
function* blockViews(block: Uint8Array, entries: readonly { key: Uint8Array; value: Uint8Array }[]): Generator<LeveldbView> {
  yield { kind: 'table block', bytes: block };
  yield { kind: 'table entries', bytes: concat(entries.flatMap((entry) => [entry.key, entry.value])) };
  for (const entry of entries) yield* unwrappedValue(entry.value);
}

/**
 * A leveldb table (.ldb, .sst): the footer's index block, then every data block it points to,
 * each decompressed, with its entries' whole keys and its wrapped values decompressed.
 */
export function* tableViews(file: Uint8Array): Generator<LeveldbView> {
  if (file.length < TABLE_FOOTER_SIZE || !startsWith(file, TABLE_MAGIC, file.length - TABLE_MAGIC.length)) {
    yield { kind: 'problem', problem: 'not a leveldb table (no magic number in the footer)' };
    return;
  }
  let indexEntries: { key: Uint8Array; value: Uint8Array }[];
  try {
    const footer = new Cursor(file.subarray(file.length - TABLE_FOOTER_SIZE));
    footer.varint(); // the metaindex block's offset and size: it names the filter block, a bloom filter of hashes
    footer.varint();
    const index = { offset: footer.varint(), size: footer.varint() };
    const indexBlock = tableBlock(file, index.offset, index.size);
    indexEntries = blockEntries(indexBlock);
    yield* blockViews(indexBlock, indexEntries);
  } catch (error) {
    yield { kind: 'problem', problem: `the index block cannot be read: ${message(error)}` };
    return;
  }
  for (const entry of indexEntries) {
    let views: LeveldbView[];
    try {
      const handle = blockHandle(entry.value);
      const block = tableBlock(file, handle.offset, handle.size);
      views = [...blockViews(block, blockEntries(block))];
    } catch (error) {
      views = [{ kind: 'problem', problem: `a data block cannot be read: ${message(error)}` }];
    }
    yield* views;
  }
}
