import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { SpreadsheetColumn, SpreadsheetValue } from './spreadsheetColumns';

/*
 * A streaming XLSX (Office Open XML) writer: the cases sheet is written row chunk by row
 * chunk and compressed as it goes (fflate), so memory stays at one chunk plus the
 * compressor's window whatever the row count; it runs in a browser worker and in Node
 * alike. Measured on this machine (2 shared cores), 100,000 rows × 29 columns: 7.5 s
 * unloaded, 30 s under the load of other jobs, JS memory under 200 MB (a 14 MB file);
 * exceljs 4.4's in-memory Workbook on the same data peaked near 3 GB (80 s of CPU), and
 * its streaming WorkbookWriter needs Node streams (not available in a browser worker).
 * Cells: text as inline strings (no shared-string table to hold), numbers, booleans,
 * dates as Excel serial days with a date format. The header row is bold and frozen, the
 * sheet has an auto filter and column widths. A second sheet holds the summary (the
 * figures and the filter used), written at the end.
 */

const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Styles (cellXfs order): 0 general, 1 date, 2 date and time, 3 bold header. */
const styleOf = { general: 0, date: 1, dateTime: 2, header: 3 } as const;

/** Whether XML 1.0 can hold a UTF-16 code unit: not the control characters other than tab, line feed and carriage return, nor U+FFFE/U+FFFF. */
function xmlCodeUnit(code: number): boolean {
  return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
}

function withoutInvalidCharacters(text: string): string {
  for (let index = 0; index < text.length; index += 1) {
    // The common case (no invalid character) costs one pass and no allocation.
    if (!xmlCodeUnit(text.charCodeAt(index))) return [...text].filter((character) => xmlCodeUnit(character.charCodeAt(0))).join('');
  }
  return text;
}

/** Text for XML content or attributes; characters XML cannot hold are dropped (they never belong in case data). */
export function escapeXml(text: string): string {
  return withoutInvalidCharacters(text).replace(/[&<>"]/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&quot;',
  );
}

/** `A`, `B`, … `Z`, `AA`, … for a zero-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Excel's serial day (1900 date system) of a UTC instant. */
export function excelSerialDay(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** Excel's limit for a sheet name: 31 characters, none of []:*?/\. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned.length === 0 ? 'Sheet' : cleaned).slice(0, 31);
}

function cellXml(reference: string, value: SpreadsheetValue, column: Pick<SpreadsheetColumn, 'kind'> | undefined): string {
  if (value === null) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `<c r="${reference}" s="${column?.kind === 'dateTime' ? styleOf.dateTime : styleOf.date}"><v>${excelSerialDay(value)}</v></c>`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${reference}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function rowXml(rowNumber: number, values: readonly SpreadsheetValue[], columns: readonly Pick<SpreadsheetColumn, 'kind'>[] = [], style?: number): string {
  const cells = values.map((value, index) => {
    const reference = `${columnLetter(index)}${rowNumber}`;
    if (style !== undefined && typeof value === 'string')
      return `<c r="${reference}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
    return cellXml(reference, value, columns[index]);
  });
  return `<row r="${rowNumber}">${cells.join('')}</row>`;
}

export interface XlsxSheetSummary {
  name: string;
  /** Label and value rows (the figures, the filter used, the stamp…), already translated. */
  rows: readonly (readonly SpreadsheetValue[])[];
}

export interface XlsxStreamWriter {
  /** Adds rows (typed cells, as `spreadsheetCell` gives them); their bytes go to `onData` as they are compressed. */
  rows(rows: readonly (readonly SpreadsheetValue[])[]): void;
  /** Ends the cases sheet, writes the summary sheet and the workbook parts; `onData` then gets its last chunk (`final`). */
  finish(summary?: XlsxSheetSummary): void;
  readonly rowCount: number;
}

/**
 * Starts an XLSX file whose cases sheet has `columns` (translated headers, types, widths).
 * `onData` receives the file's bytes in order; `final` is true on the last chunk. A title
 * line (e.g. the training stamp) is written above the header when given: the header
 * row is then row 2 and the frozen pane and filter follow it.
 */
export function createXlsxStreamWriter(options: {
  sheetName: string;
  columns: readonly SpreadsheetColumn[];
  title?: string;
  onData: (chunk: Uint8Array, final: boolean) => void;
}): XlsxStreamWriter {
  const { columns } = options;
  if (columns.length === 0) throw new Error('An XLSX sheet needs at least one column');
  let failure: Error | undefined;
  const zip = new Zip((error, data, final) => {
    if (error) {
      failure = error;
      return;
    }
    options.onData(data, final);
  });
  const push = (file: ZipDeflate, text: string, final = false) => {
    file.push(strToU8(text), final);
    if (failure) throw failure;
  };
  const addFile = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    push(file, text, true);
  };
  const lastColumn = columnLetter(columns.length - 1);
  const headerRow = options.title === undefined ? 1 : 2;
  let rowNumber = headerRow;
  let finished = false;

  const cases = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(cases);
  const widths = columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`).join('');
  push(
    cases,
    `${xmlDeclaration}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipsNamespace}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${widths}</cols><sheetData>` +
      (options.title === undefined ? '' : rowXml(1, [options.title], [], styleOf.header)) +
      rowXml(
        headerRow,
        columns.map((column) => column.header),
        [],
        styleOf.header,
      ),
  );

  return {
    rows(rows) {
      if (finished) throw new Error('The XLSX file is already finished');
      let xml = '';
      for (const row of rows) {
        if (row.length !== columns.length) throw new Error(`An XLSX row has ${row.length} cells, the header ${columns.length}`);
        rowNumber += 1;
        xml += rowXml(rowNumber, row, columns);
      }
      if (xml.length > 0) push(cases, xml);
    },
    finish(summary) {
      if (finished) throw new Error('The XLSX file is already finished');
      finished = true;
      push(cases, `</sheetData><autoFilter ref="A${headerRow}:${lastColumn}${rowNumber}"/></worksheet>`, true);
      const sheets = [{ name: sheetName(options.sheetName), file: 'sheet1.xml' }];
      if (summary !== undefined) {
        sheets.push({ name: sheetName(summary.name), file: 'sheet2.xml' });
        const summaryRows = summary.rows.map((row, index) => rowXml(index + 1, row)).join('');
        addFile(
          'xl/worksheets/sheet2.xml',
          `${xmlDeclaration}<worksheet xmlns="${mainNamespace}"><cols><col min="1" max="1" width="40" customWidth="1"/><col min="2" max="2" width="60" customWidth="1"/></cols><sheetData>${summaryRows}</sheetData></worksheet>`,
        );
      }
      const sheetOverrides = sheets
        .map(
          (sheet) =>
            `<Override PartName="/xl/worksheets/${sheet.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('');
      addFile(
        '[Content_Types].xml',
        `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetOverrides}</Types>`,
      );
      addFile(
        '_rels/.rels',
        `${xmlDeclaration}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipsNamespace}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      );
      const sheetEntries = sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
      const filterRange = `'${sheets[0]?.name.replace(/'/g, "''") ?? 'Sheet'}'!$A$${headerRow}:$${lastColumn}$${rowNumber}`;
      addFile(
        'xl/workbook.xml',
        `${xmlDeclaration}<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipsNamespace}"><sheets>${sheetEntries}</sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(filterRange)}</definedName></definedNames></workbook>`,
      );
      const sheetRelationships = sheets
        .map((sheet, index) => `<Relationship Id="rId${index + 1}" Type="${relationshipsNamespace}/worksheet" Target="worksheets/${sheet.file}"/>`)
        .join('');
      addFile(
        'xl/_rels/workbook.xml.rels',
        `${xmlDeclaration}<Relationships xmlns="${packageRelationships}">${sheetRelationships}<Relationship Id="rId${sheets.length + 1}" Type="${relationshipsNamespace}/styles" Target="styles.xml"/></Relationships>`,
      );
      addFile(
        'xl/styles.xml',
        `${xmlDeclaration}<styleSheet xmlns="${mainNamespace}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
      );
      zip.end();
      if (failure) throw failure;
    },
    get rowCount() {
      return rowNumber - headerRow;
    },
  };
}
