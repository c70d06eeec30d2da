import type { ExportCell } from '../caseExportColumns';

/**
 * Characters that make a spreadsheet read a text cell as a formula or a DDE command
 * (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, and the tab and carriage return that
 * some programs skip before looking for them.
 */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell made inert for spreadsheets: one that begins with a formula trigger gets a
 * leading apostrophe, which Excel and LibreOffice Calc show as text and never evaluate
 * (OWASP's recommended neutralisation). The apostrophe stays visible in the cell value:
 * a reader sees that the text was escaped, which we prefer to silently changing it.
 * Numbers, booleans and dates are written by the exporter itself, never from free text,
 * so they are left alone (a negative number stays a number).
 */
export function neutraliseFormula(text: string): string {
  const first = text.charAt(0);
  return formulaTriggers.has(first) ? `'${text}` : text;
}

/** The text of one CSV cell: empty for no value, `true`/`false` for booleans, text neutralised. */
export function csvCell(value: ExportCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(value);
}
