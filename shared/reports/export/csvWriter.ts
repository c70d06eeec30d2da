import Papa from 'papaparse/papaparse.min.js';
import type { ExportCell } from '../caseExportColumns';
import { csvCell, neutraliseFormula } from './csvCell';

/** Byte order mark: tells Excel the file is UTF-8 (without it, ë, ç and é come out garbled). */
export const utf8ByteOrderMark = '\uFEFF';

/** RFC 4180 line ending, which every spreadsheet program reads. */
const newline = '\r\n';

export interface CsvWriter {
  /** The text of the next chunk: the BOM and the header line before the first rows, then one line per row. */
  chunk(rows: readonly (readonly ExportCell[])[]): string;
  /** What is still to be written at the end (the BOM and header of an export without rows, else nothing). */
  finish(): string;
  /** Rows written so far. */
  readonly rowCount: number;
}

export interface CsvContinuation {
  /**
   * Rows that continue a file whose BOM and header another writer wrote (the second half of
   * an export read in two workers): only the row lines.
   */
  continuation?: boolean;
}

function lines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  // papaparse quotes a cell when it holds the delimiter, a quote, a line break or
  // leading/trailing spaces, and doubles the quotes inside it.
  return (
    Papa.unparse(
      rows.map((row) => [...row]),
      { newline, quotes: false, header: false, escapeFormulae: false },
    ) + newline
  );
}

/**
 * A CSV writer for exports written chunk by chunk (a worker reads the store a page at a
 * time and hands each page's rows here): UTF-8 with BOM, comma-separated, the translated
 * `headers` once, then the rows; ISO dates stay as the export columns give them; every
 * text cell is neutralised against formula injection (csvCell.ts). Formula escaping of
 * papaparse itself is off so a cell is never escaped twice.
 */
export function createCsvWriter(headers: readonly string[], options: CsvContinuation = {}): CsvWriter {
  let started = options.continuation === true;
  let rowCount = 0;
  const start = (): string => {
    if (started) return '';
    started = true;
    return utf8ByteOrderMark + lines([headers.map(neutraliseFormula)]);
  };
  return {
    chunk(rows) {
      const width = headers.length;
      for (const row of rows) {
        if (row.length !== width) throw new Error(`A CSV row has ${row.length} cells, the header ${width}`);
      }
      rowCount += rows.length;
      return start() + lines(rows.map((row) => row.map(csvCell)));
    },
    finish() {
      return start();
    },
    get rowCount() {
      return rowCount;
    },
  };
}
