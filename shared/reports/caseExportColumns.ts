import type { CaseFile, IsoDate } from '../model';
import { nextDeadline, voluntaryDepartureDeadline } from '../rules/deadlines';
import { primaryNationality } from '../rules';
import { cumulativeDetentionDays, latestOrderToLeave, openDetentionPeriod } from '../workflow/caseFacts';
import { birthYear, type Pseudonymiser } from './export/pseudonymiser';

export type ExportCell = string | number | boolean | null;

/**
 * The type of a column's cells, for XLSX (a date cell, a number cell…) and for CSV (ISO
 * text): `date` cells are `YYYY-MM-DD`, `dateTime` cells ISO timestamps in UTC.
 */
export type CaseExportKind = 'text' | 'date' | 'dateTime' | 'number' | 'boolean';

/**
 * What a pseudonymised export does with a column holding personal data: a stable
 * pseudonym for names and document numbers, the year for a date of birth, nothing for
 * the rest (left out), and `keep` for non-personal columns.
 */
export type PseudonymTreatment = 'keep' | 'name' | 'document_number' | 'birth_year' | 'omit';

/**
 * One column of the case list export (CSV and XLSX). `personal` columns hold personal
 * data of the person or of staff: a pseudonymised export replaces or leaves them out
 * (`pseudonymised`), and the screens offer them only to users who may see them.
 */
export interface CaseExportColumn {
  id: string;
  /** i18n key of the header; `header` is the English text. */
  headerKey: string;
  header: string;
  kind: CaseExportKind;
  personal: boolean;
  pseudonymised: PseudonymTreatment;
  /** Column width in characters for XLSX. */
  width: number;
  /** `row`: the facts the row's columns share (caseRowFacts of the same case and date). */
  value: (caseFile: CaseFile, asOf: IsoDate, row: CaseRowFacts) => ExportCell;
}

function primaryIdentity(caseFile: CaseFile) {
  return caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
}

function latestReadmissionRequest(caseFile: CaseFile) {
  return [...caseFile.readmissionRequests].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
}

/** A value computed on first use and remembered. */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => (computed ??= { value: compute() }).value;
}

/**
 * What several columns of one row read (the next deadline for its kind and its date, the
 * latest order to leave, …), each computed at most once per row: when each column computed
 * its own, the next deadline alone was about a fifth of a 100,000-case export's CPU time.
 */
export interface CaseRowFacts {
  primaryIdentity: () => ReturnType<typeof primaryIdentity>;
  primaryNationality: () => ReturnType<typeof primaryNationality>;
  latestOrderToLeave: () => ReturnType<typeof latestOrderToLeave>;
  latestReadmissionRequest: () => ReturnType<typeof latestReadmissionRequest>;
  nextDeadline: () => ReturnType<typeof nextDeadline>;
}

export function caseRowFacts(caseFile: CaseFile, asOf: IsoDate): CaseRowFacts {
  return {
    primaryIdentity: once(() => primaryIdentity(caseFile)),
    primaryNationality: once(() => primaryNationality(caseFile)),
    latestOrderToLeave: once(() => latestOrderToLeave(caseFile)),
    latestReadmissionRequest: once(() => latestReadmissionRequest(caseFile)),
    nextDeadline: once(() => nextDeadline(caseFile, asOf)),
  };
}

const defaultWidths: Record<CaseExportKind, number> = { text: 18, date: 12, dateTime: 20, number: 10, boolean: 8 };

const column = (
  id: string,
  header: string,
  kind: CaseExportKind,
  personal: boolean | Exclude<PseudonymTreatment, 'keep'>,
  value: CaseExportColumn['value'],
  width = defaultWidths[kind],
): CaseExportColumn => ({
  id,
  headerKey: `export.case.${id}`,
  header,
  kind,
  personal: personal !== false,
  pseudonymised: personal === false ? 'keep' : personal === true ? 'omit' : personal,
  width,
  value,
});

function primaryDocumentNumber(caseFile: CaseFile): string | null {
  return caseFile.documents.find((document) => document.number !== undefined)?.number ?? null;
}

/** The case list export, column by column, in display order. */
export const caseExportColumns: readonly CaseExportColumn[] = [
  column('reference', 'Case reference', 'text', false, (caseFile) => caseFile.reference, 16),
  column('office', 'Office', 'text', false, (caseFile) => caseFile.office),
  column('assignee', 'Assignee', 'text', true, (caseFile) => caseFile.assigneeId ?? null),
  column('stage', 'Stage', 'text', false, (caseFile) => caseFile.stage),
  column('route', 'Route', 'text', false, (caseFile) => caseFile.route),
  column('priority', 'Priority', 'text', false, (caseFile) => caseFile.priority),
  column('openedOn', 'Opened on', 'date', false, (caseFile) => caseFile.openedOn),
  column('closedOn', 'Closed on', 'date', false, (caseFile) => caseFile.closedOn ?? null),
  column('closureReason', 'Closure reason', 'text', false, (caseFile) => caseFile.closureReason ?? null),
  column('familyName', 'Family name', 'text', 'name', (_caseFile, _asOf, row) => row.primaryIdentity()?.familyName ?? null),
  column('givenNames', 'Given names', 'text', 'name', (_caseFile, _asOf, row) => row.primaryIdentity()?.givenNames ?? null),
  column('dateOfBirth', 'Date of birth', 'date', 'birth_year', (caseFile) => caseFile.person.dateOfBirth ?? null),
  column('documentNumber', 'Document number', 'text', 'document_number', primaryDocumentNumber),
  column('dateOfBirthEstimated', 'Date of birth estimated', 'boolean', true, (caseFile) => caseFile.person.dateOfBirthEstimated),
  column('sex', 'Sex', 'text', false, (caseFile) => caseFile.person.sex),
  column(
    'nationality',
    'Nationality',
    'text',
    false,
    (caseFile, _asOf, row) => row.primaryNationality()?.country ?? (caseFile.person.stateless ? 'stateless' : null),
  ),
  column('nationalityStatus', 'Nationality status', 'text', false, (_caseFile, _asOf, row) => row.primaryNationality()?.status ?? null),
  column('vulnerable', 'Vulnerable', 'boolean', false, (caseFile, asOf) =>
    caseFile.vulnerabilities.some((vulnerability) => vulnerability.endedOn === undefined || vulnerability.endedOn > asOf),
  ),
  column('orderToLeaveNotifiedOn', 'Order to leave notified on', 'date', false, (_caseFile, _asOf, row) => row.latestOrderToLeave()?.notifiedOn ?? null),
  column('departureDays', 'Departure period (days)', 'number', false, (_caseFile, _asOf, row) => row.latestOrderToLeave()?.departureDays ?? null),
  column('voluntaryDepartureEnds', 'Voluntary departure ends', 'date', false, (caseFile, asOf) => voluntaryDepartureDeadline(caseFile, asOf)?.dueDate ?? null),
  column('detained', 'Detained', 'boolean', false, (caseFile) => openDetentionPeriod(caseFile) !== undefined),
  column('detentionDays', 'Days in detention (all titles)', 'number', false, (caseFile, asOf) => cumulativeDetentionDays(caseFile, asOf)),
  column('readmissionState', 'Readmission request to', 'text', false, (_caseFile, _asOf, row) => row.latestReadmissionRequest()?.requestedState ?? null),
  column('readmissionStatus', 'Readmission status', 'text', false, (_caseFile, _asOf, row) => row.latestReadmissionRequest()?.status ?? null),
  column('nextDeadline', 'Next deadline', 'text', false, (_caseFile, _asOf, row) => row.nextDeadline()?.kind ?? null),
  column('nextDeadlineDate', 'Next deadline date', 'date', false, (_caseFile, _asOf, row) => row.nextDeadline()?.dueDate ?? null),
  column(
    'pendingApprovals',
    'Awaiting approval',
    'number',
    false,
    (caseFile) => caseFile.pendingApprovals.filter((approval) => approval.status === 'pending').length,
  ),
  column('updatedAt', 'Last change', 'dateTime', false, (caseFile) => caseFile.updatedAt),
];

/** The columns of an export: a pseudonymised one keeps only columns it can keep or replace. */
export function exportColumns(columns: readonly CaseExportColumn[], pseudonymised: boolean): CaseExportColumn[] {
  return columns.filter((candidate) => !pseudonymised || candidate.pseudonymised !== 'omit');
}

/**
 * The column of a pseudonymised export, typed as it will be written: a date of birth
 * reduced to its year becomes a number column.
 */
export function pseudonymisedKind(column: CaseExportColumn): CaseExportKind {
  return column.pseudonymised === 'birth_year'
    ? 'number'
    : column.pseudonymised === 'name' || column.pseudonymised === 'document_number'
      ? 'text'
      : column.kind;
}

/** One cell, pseudonymised when a pseudonymiser is given (see PseudonymTreatment). */
export function exportCell(
  column: CaseExportColumn,
  caseFile: CaseFile,
  asOf: IsoDate,
  pseudonymiser?: Pseudonymiser,
  row: CaseRowFacts = caseRowFacts(caseFile, asOf),
): ExportCell {
  const value = column.value(caseFile, asOf, row);
  if (pseudonymiser === undefined || column.pseudonymised === 'keep' || value === null) return value;
  switch (column.pseudonymised) {
    case 'name':
    case 'document_number':
      return pseudonymiser.pseudonym(column.pseudonymised, String(value));
    case 'birth_year':
      return typeof value === 'string' ? birthYear(value) : null;
    case 'omit':
      return null;
  }
}

/** One row of the export: the worker calls this per case of each page it reads. */
export function caseExportRow(caseFile: CaseFile, columns: readonly CaseExportColumn[], asOf: IsoDate, pseudonymiser?: Pseudonymiser): ExportCell[] {
  const row = caseRowFacts(caseFile, asOf);
  return columns.map((candidate) => exportCell(candidate, caseFile, asOf, pseudonymiser, row));
}

export interface CaseExportTable {
  columns: CaseExportColumn[];
  rows: ExportCell[][];
}

/**
 * The export as a table. `pseudonymised` without a pseudonymiser leaves out every personal
 * column (figures shared outside the office); with one, names and document numbers become
 * pseudonyms and dates of birth years. Training cases are exported only when asked.
 */
export function caseExportTable(
  cases: readonly CaseFile[],
  asOf: IsoDate,
  options: { pseudonymised: boolean; pseudonymiser?: Pseudonymiser; includeTraining?: boolean },
): CaseExportTable {
  const columns =
    options.pseudonymised && options.pseudonymiser === undefined
      ? caseExportColumns.filter((candidate) => !candidate.personal)
      : exportColumns(caseExportColumns, options.pseudonymised);
  const pseudonymiser = options.pseudonymised ? options.pseudonymiser : undefined;
  const rows = cases
    .filter((caseFile) => options.includeTraining === true || !caseFile.training)
    .map((caseFile) => caseExportRow(caseFile, columns, asOf, pseudonymiser));
  return { columns, rows };
}
