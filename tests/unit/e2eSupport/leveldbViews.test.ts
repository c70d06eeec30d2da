import { compress } from 'snappyjs';
import { describe, expect, it } from 'vitest';
import { logViews, tableViews, unwrappedValue, type LeveldbView } from '../../e2e/support/leveldbViews';

/**
 * The leveldb decoder of the profile scan (tests/e2e/profileScan.spec.ts), on files built
 * here the way leveldb and Blink write them: each case hides a sentinel from a search of the
 * raw bytes, and the decoder must give it back.
 */
const SENTINEL = 'Quorvindel Sentinel';
const text = (value: string) => new TextEncoder().encode(value);

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

function varint(value: number): Uint8Array {
  const bytes: number[] = [];
  do {
    bytes.push((value & 0x7f) | (value >= 0x80 ? 0x80 : 0));
    value = Math.floor(value / 0x80);
  } while (value > 0);
  return Uint8Array.from(bytes);
}

function u32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}

function holds(bytes: Uint8Array, value: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(value));
}

function found(views: Iterable<LeveldbView>, value: string): string[] {
  return [...views].flatMap((view) => (view.kind !== 'problem' && holds(view.bytes, value) ? [view.kind] : []));
}

function problems(views: Iterable<LeveldbView>): string[] {
  return [...views].flatMap((view) => (view.kind === 'problem' ? [view.problem] : []));
}

/** A write batch putting these pairs: sequence (8 bytes), count (4), then Put entries. */
function writeBatch(pairs: [Uint8Array, Uint8Array][]): Uint8Array {
  return concat(
    new Uint8Array(8),
    u32(pairs.length),
    ...pairs.flatMap(([key, value]) => [Uint8Array.of(1), varint(key.length), key, varint(value.length), value]),
  );
}

/** A leveldb log of these records: 32 KB blocks, each fragment behind a 7-byte header (the checksum left at zero: the decoder does not check it). */
function log(records: Uint8Array[]): Uint8Array {
  const out: number[] = [];
  for (const record of records) {
    let at = 0;
    let first = true;
    do {
      const room = 32 * 1024 - (out.length % (32 * 1024));
      if (room < 7) {
        out.push(...new Array<number>(room).fill(0));
        continue;
      }
      const length = Math.min(room - 7, record.length - at);
      const last = at + length === record.length;
      const type = first && last ? 1 : first ? 2 : last ? 4 : 3;
      out.push(0, 0, 0, 0, length & 0xff, length >> 8, type, ...record.subarray(at, at + length));
      at += length;
      first = false;
    } while (at < record.length);
  }
  return Uint8Array.from(out);
}

/** A table block of these entries, each key sharing its prefix with the key before it, one restart point. */
function block(entries: [string, Uint8Array][]): Uint8Array {
  let previous = '';
  const body = entries.flatMap(([key, value]) => {
    let shared = 0;
    while (shared < key.length && shared < previous.length && key[shared] === previous[shared]) shared++;
    previous = key;
    const unshared = text(key.slice(shared));
    return [varint(shared), varint(unshared.length), varint(value.length), unshared, value];
  });
  return concat(...body, u32(0), u32(1));
}

/** A leveldb table: one data block (stored with this compression type), an empty metaindex, the index block, the footer. */
function table(data: Uint8Array, compression: number): Uint8Array {
  const stored = compression === 1 ? compress(data) : data;
  const metaindex = block([]);
  const metaindexOffset = stored.length + 5;
  const index = block([['zzz', concat(varint(0), varint(stored.length))]]);
  const indexOffset = metaindexOffset + metaindex.length + 5;
  const handles = concat(varint(metaindexOffset), varint(metaindex.length), varint(indexOffset), varint(index.length));
  const footer = concat(handles, new Uint8Array(40 - handles.length), Uint8Array.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]));
  return concat(stored, Uint8Array.of(compression, 0, 0, 0, 0), metaindex, new Uint8Array(5), index, new Uint8Array(5), footer);
}

/** A value as Blink stores one it compressed: IndexedDB's varint version, 0xFF 0x11 0x02, raw snappy. */
function wrapped(value: Uint8Array): Uint8Array {
  return concat(varint(3), Uint8Array.of(0xff, 0x11, 0x02), compress(value));
}

/** The sentinel after its first word: snappy keeps the second time as a back-reference, so the raw bytes never hold the sentinel whole. */
const record = text(`${SENTINEL.split(' ')[0] ?? ''} and ${SENTINEL}`);

describe('leveldb views for the profile scan', () => {
  it('reassembles a log record cut by a 32 KB block boundary', () => {
    const value = concat(new Uint8Array(32 * 1024 - 40), text(SENTINEL));
    const file = log([writeBatch([[text('key'), value]])]);
    expect(holds(file, SENTINEL)).toBe(false);
    expect(found(logViews(file, false), SENTINEL)).toEqual(['log record']);
    expect(problems(logViews(file, false))).toEqual([]);
  });

  it('decompresses a snappy table block and rebuilds prefix-compressed keys', () => {
    const word = SENTINEL.split(' ')[0] ?? '';
    const file = table(
      block([
        [`entry ${word} one`, record],
        [`entry ${word} two`, text('x')],
      ]),
      1,
    );
    expect(holds(file, SENTINEL)).toBe(false);
    expect(found(tableViews(file), SENTINEL)).toEqual(['table block', 'table entries']);
    // The second key keeps only "two" in the block: its entries view holds it whole.
    expect(holds(file, `entry ${word} two`)).toBe(false);
    expect(found(tableViews(file), `entry ${word} two`)).toEqual(['table entries']);
    expect(problems(tableViews(file))).toEqual([]);
  });

  it('decompresses a value Blink compressed, in a log, in a table and in a blob file', () => {
    const value = wrapped(record);
    expect(holds(value, SENTINEL)).toBe(false);
    expect(found(logViews(log([writeBatch([[text('key'), value]])]), false), SENTINEL)).toEqual(['wrapped value']);
    expect(found(tableViews(table(block([['key', value]]), 0)), SENTINEL)).toEqual(['wrapped value']);
    expect(found(unwrappedValue(value.subarray(1)), SENTINEL)).toEqual(['wrapped value']);
    expect([...unwrappedValue(record)]).toEqual([]);
  });

  it('reports what it cannot read instead of skipping it', () => {
    expect(problems(tableViews(table(block([['key', record]]), 2)))).toEqual([expect.stringContaining('compressed with type 2')]);
    expect(problems(tableViews(text('not a table, and long enough to hold a footer of 48 bytes')))).toEqual([expect.stringContaining('not a leveldb table')]);
    expect(problems(unwrappedValue(Uint8Array.of(3, 0xff, 0x11, 0x02, 0xff, 0xff, 0xff)))).toEqual([expect.stringContaining('does not decompress')]);
    expect(problems(logViews(log([Uint8Array.of(1, 2, 3)]), false))).toEqual([expect.stringContaining('not a write batch')]);
  });
});
