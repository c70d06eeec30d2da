import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvWriter, csvCell, neutraliseFormula, utf8ByteOrderMark } from '../../../../shared/reports';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+32 2 000 00 00', `'+32 2 000 00 00`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Hoxha', 'Hoxha'],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each([
    [null, ''],
    [-5, '-5'],
    [12.5, '12.5'],
    [Number.NaN, ''],
    [true, 'true'],
    [false, 'false'],
    ['=1', "'=1"],
  ] as const)('csvCell(%j) → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('createCsvWriter: UTF-8 with BOM, header once, rows chunk by chunk', () => {
  const headers = ['Case reference', 'Family name', 'Opened on', 'Days'];
  const rows = [
    ['RC-2026-000001', 'Këlliçi', '2026-03-01', 12],
    ['RC-2026-000002', 'Françoise Lefèvre', '2026-03-02', null],
    ['RC-2026-000003', "=cmd|' /C calc'!A0", '2026-03-03', 0],
    ['RC-2026-000004', 'Name, with "quotes"\nand a line break', '2026-03-04', -1],
  ] as const;

  it('writes the BOM and header once, whatever the chunking, and reads back to the same cells', () => {
    const whole = createCsvWriter(headers);
    const oneChunk = whole.chunk(rows) + whole.finish();
    const chunked = createCsvWriter(headers);
    const twoChunks = chunked.chunk(rows.slice(0, 1)) + chunked.chunk([]) + chunked.chunk(rows.slice(1)) + chunked.finish();
    expect(twoChunks).toBe(oneChunk);
    expect(chunked.rowCount).toBe(4);
    expect(oneChunk.startsWith(`${utf8ByteOrderMark}Case reference,Family name,Opened on,Days\r\n`)).toBe(true);
    expect(oneChunk.split(utf8ByteOrderMark)).toHaveLength(2);

    const parsed = Papa.parse<string[]>(oneChunk.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      headers,
      ['RC-2026-000001', 'Këlliçi', '2026-03-01', '12'],
      ['RC-2026-000002', 'Françoise Lefèvre', '2026-03-02', ''],
      // The injection attempt stays text: it begins with an apostrophe, never with "=".
      ['RC-2026-000003', "'=cmd|' /C calc'!A0", '2026-03-03', '0'],
      ['RC-2026-000004', 'Name, with "quotes"\nand a line break', '2026-03-04', '-1'],
    ]);
  });

  it('keeps diacritics as UTF-8 (ë, ç, é) and quotes what needs quoting', () => {
    const writer = createCsvWriter(['Name']);
    const text = writer.chunk([['Shkëlqim Çela'], ['Désirée; "Zoé"']]);
    expect(text).toBe(`${utf8ByteOrderMark}Name\r\nShkëlqim Çela\r\n"Désirée; ""Zoé"""\r\n`);
  });

  it('writes the header alone for an export without rows', () => {
    const writer = createCsvWriter(['A', 'B']);
    expect(writer.finish()).toBe(`${utf8ByteOrderMark}A,B\r\n`);
    expect(writer.finish()).toBe('');
    expect(writer.rowCount).toBe(0);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => createCsvWriter(['A', 'B']).chunk([['only one']])).toThrow(/1 cells, the header 2/);
  });
});
