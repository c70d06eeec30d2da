import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  caseExportColumns,
  columnLetter,
  createXlsxStreamWriter,
  escapeXml,
  excelSerialDay,
  sheetName,
  spreadsheetColumns,
  trainingStamp,
  type SpreadsheetValue,
  type XlsxSheetSummary,
} from '../../../../shared/reports';

const columns = spreadsheetColumns(
  ['reference', 'familyName', 'openedOn', 'detentionDays', 'detained', 'updatedAt'].flatMap((id) => caseExportColumns.filter((column) => column.id === id)),
  { reference: 'Référence', familyName: 'Mbiemri' },
  false,
);
const rows: SpreadsheetValue[][] = [
  ['RC-2026-000001', 'Këlliçi', new Date('2026-11-02T00:00:00.000Z'), 12, true, new Date('2026-11-02T10:30:00.000Z')],
  ['RC-2026-000002', '\'=HYPERLINK("http://x.example")', null, 0, false, null],
  ['RC-2026-000003', 'A & B <c> "d"\u0007', new Date('2026-01-01T00:00:00.000Z'), -3, null, null],
];

function write(chunks: SpreadsheetValue[][][], options: { title?: string; summary?: XlsxSheetSummary } = {}) {
  const parts: Uint8Array[] = [];
  let finals = 0;
  const writer = createXlsxStreamWriter({
    sheetName: 'Cases',
    columns,
    ...(options.title === undefined ? {} : { title: options.title }),
    onData: (chunk, final) => {
      parts.push(chunk);
      if (final) finals += 1;
    },
  });
  for (const chunk of chunks) writer.rows(chunk);
  writer.finish(options.summary);
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  const entries = unzipSync(file);
  const text = (name: string) => {
    const entry = entries[name];
    return entry === undefined ? undefined : strFromU8(entry);
  };
  return { writer, finals, text, names: Object.keys(entries).sort() };
}

describe('createXlsxStreamWriter: typed cells, frozen header, auto filter, widths', () => {
  it('writes the parts of a workbook and typed cells in the cases sheet', () => {
    const { text, names, writer, finals } = write([rows.slice(0, 1), [], rows.slice(1)]);
    expect(finals).toBe(1);
    expect(writer.rowCount).toBe(3);
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = text('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:F4"/>');
    expect(sheet).toContain('<col min="1" max="1" width="16" customWidth="1"/>');
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="3"><is><t xml:space="preserve">Référence</t></is></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">Këlliçi</t></is></c>');
    expect(sheet).toContain(`<c r="C2" s="1"><v>${excelSerialDay(new Date('2026-11-02T00:00:00.000Z'))}</v></c>`);
    expect(sheet).toContain('<c r="D2"><v>12</v></c>');
    expect(sheet).toContain('<c r="E2" t="b"><v>1</v></c>');
    expect(sheet).toContain('<c r="F2" s="2">');
    // A neutralised injection attempt stays a text cell; nothing is ever written as a formula.
    expect(sheet).toContain('<c r="B3" t="inlineStr"><is><t xml:space="preserve">\'=HYPERLINK(&quot;http://x.example&quot;)</t></is></c>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('A &amp; B &lt;c&gt; &quot;d&quot;</t>');
    expect(sheet).toContain('<c r="D4"><v>-3</v></c>');
    expect(text('xl/workbook.xml')).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Cases\'!$A$1:$F$4</definedName>');
  });

  it('gives the same sheet whatever the chunking', () => {
    expect(write([rows]).text('xl/worksheets/sheet1.xml')).toBe(write([[rows[0] ?? []], [], rows.slice(1)]).text('xl/worksheets/sheet1.xml'));
  });

  it('puts a title line (the training stamp) above the header, and the summary in a second sheet', () => {
    const { text, names } = write([rows], {
      title: trainingStamp,
      summary: {
        name: 'Summary',
        rows: [
          ['Filter', '{"figure":"detention"}'],
          ['Rows', 3],
          [trainingStamp, null],
        ],
      },
    });
    const sheet = text('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain(`<row r="1"><c r="A1" t="inlineStr" s="3"><is><t xml:space="preserve">${trainingStamp}</t></is></c></row><row r="2">`);
    expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3"');
    expect(sheet).toContain('<autoFilter ref="A2:F5"/>');
    expect(names).toContain('xl/worksheets/sheet2.xml');
    expect(text('xl/worksheets/sheet2.xml')).toContain('<c r="B2"><v>3</v></c>');
    expect(text('xl/workbook.xml')).toContain('<sheet name="Summary" sheetId="2" r:id="rId2"/>');
    expect(text('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
  });

  it('refuses a row of the wrong width and rows after the end', () => {
    const writer = createXlsxStreamWriter({ sheetName: 'Cases', columns, onData: () => undefined });
    expect(() => writer.rows([['only one']])).toThrow(/1 cells, the header 6/);
    writer.finish();
    expect(() => writer.rows([])).toThrow(/already finished/);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [28, 'AC'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it.each([
    ['Cases', 'Cases'],
    ['Dosje [2026]: AL/XK?', 'Dosje  2026   AL XK'],
    ['', 'Sheet'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('sheet name %j → %j', (name, expected) => {
    expect(sheetName(name)).toBe(expected);
  });

  it('serial days follow Excel (1900 system): 1970-01-01 is 25569', () => {
    expect(excelSerialDay(new Date('1970-01-01T00:00:00.000Z'))).toBe(25_569);
    expect(escapeXml('a\u0000b\tc')).toBe('ab\tc');
  });
});
