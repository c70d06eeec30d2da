import { pseudonymisedKind, type CaseExportColumn, type CaseExportKind, type ExportCell } from '../caseExportColumns';
import { neutraliseFormula } from './csvCell';

/** One column of an XLSX sheet as the writer needs it: translated header, cell type, format, width. */
export interface SpreadsheetColumn {
  id: string;
  header: string;
  kind: CaseExportKind;
  /** Excel number format for date, time and number cells (undefined: general). */
  numberFormat: string | undefined;
  width: number;
  /** Holds personal data: the screen offers it only to users who may see it, and the manifest says so. */
  personal: boolean;
}

/** A typed cell for an XLSX writer: dates as Date (UTC), numbers as numbers, text as text. */
export type SpreadsheetValue = string | number | boolean | Date | null;

const numberFormats: Record<CaseExportKind, string | undefined> = {
  text: undefined,
  boolean: undefined,
  number: '0',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};

/**
 * The sheet's columns for an export: typed as they will be written (a date of birth
 * reduced to the year in a pseudonymised export becomes a number), with the translated
 * headers the screen passes (by column id; the English header when one is missing).
 */
export function spreadsheetColumns(
  columns: readonly CaseExportColumn[],
  headers: Readonly<Record<string, string>>,
  pseudonymised: boolean,
): SpreadsheetColumn[] {
  return columns.map((column) => {
    const kind = pseudonymised ? pseudonymisedKind(column) : column.kind;
    return {
      id: column.id,
      header: headers[column.id] ?? column.header,
      kind,
      numberFormat: numberFormats[kind],
      width: Math.max(column.width, Math.min(40, (headers[column.id] ?? column.header).length + 2)),
      personal: column.personal,
    };
  });
}

function utcDate(text: string): Date | null {
  const date = new Date(text.length === 10 ? `${text}T00:00:00.000Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A cell as the XLSX writer should store it. Dates become Date values at UTC midnight
 * (spreadsheets have no time zones: the calendar date is kept), timestamps Date values in
 * UTC. Text is neutralised as in the CSV (csvCell.ts): a text cell is never evaluated in
 * XLSX, but the same value in both files keeps them comparable, and the text stays inert
 * if the sheet is later saved as CSV.
 */
export function spreadsheetCell(column: Pick<SpreadsheetColumn, 'kind'>, cell: ExportCell): SpreadsheetValue {
  if (cell === null) return null;
  if ((column.kind === 'date' || column.kind === 'dateTime') && typeof cell === 'string') return utcDate(cell);
  if (typeof cell === 'string') return neutraliseFormula(cell);
  return cell;
}
