import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseExportColumns, createCaseCsvExport, exportColumns, utf8ByteOrderMark } from '../../../../shared/reports';
import { createExportFileBytes } from '../../../../renderer/src/store/exportFileBytes';
import { generateCases } from '../../../bench/caseGenerator';

describe("the export worker's file: UTF-8 bytes and one SHA-256 at the end", () => {
  it('holds exactly the CSV text as UTF-8 (BOM and diacritics) and its SHA-256', async () => {
    const file = createExportFileBytes();
    const csv = createCaseCsvExport({ columns: exportColumns(caseExportColumns, false), headers: {}, asOf: '2026-11-23', training: false, digest: file });
    const cases = generateCases(0, 60, 9);
    const text = csv.add(cases.slice(0, 25)) + csv.add([]) + csv.add(cases.slice(25)) + csv.finish();
    expect(() => file.hex()).toThrow(/not finished/);
    const { bytes, sha256 } = await file.finish();
    const expected = Buffer.from(text, 'utf8');
    expect(text.startsWith(utf8ByteOrderMark)).toBe(true);
    expect(text).toMatch(/[ëçé]/);
    expect(Buffer.from(bytes).equals(expected)).toBe(true);
    expect(file.byteLength).toBe(expected.length);
    expect(sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    expect(csv.digest.hex()).toBe(sha256);
    expect(csv.rowCount).toBe(60);
    expect(() => file.update('more')).toThrow(/already finished/);
  });

  it('takes byte chunks as they are (the XLSX writer) and hashes an empty file', async () => {
    const file = createExportFileBytes();
    file.update(new Uint8Array([1, 2, 3]));
    file.update(new Uint8Array([]));
    file.update(new Uint8Array([4]));
    const { bytes, sha256 } = await file.finish();
    expect([...bytes]).toEqual([1, 2, 3, 4]);
    expect(sha256).toBe(
      createHash('sha256')
        .update(Buffer.from([1, 2, 3, 4]))
        .digest('hex'),
    );
    expect((await createExportFileBytes().finish()).sha256).toBe(createHash('sha256').update(Buffer.alloc(0)).digest('hex'));
  });
});
