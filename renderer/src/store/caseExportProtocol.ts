import type { Actor } from '../../../shared/model/actor';
import type { FigureFilter } from '../../../shared/reports';
import type { CaseFilter } from '../db/caseQuery';
import type { RecordKeys } from '../db/recordKeys';
import type { Workspace } from '../db/workspace';

/** What the page asks the export worker for. */
export interface CaseExportRequest {
  format: 'csv' | 'xlsx';
  workspace: Workspace;
  actor: Actor;
  /** The cases behind a figure; absent: every case of the workspace. */
  filter?: FigureFilter;
  /**
   * The case list's own filter (stage, nationality, route, assignee, deadline range), as the
   * list asks the store for it; the worker keeps a case by the same predicate the store
   * applies (`matchesCaseFilter`), so the file holds exactly the list's cases.
   */
  listFilter?: CaseFilter;
  /** Translated headers by column id. */
  headers: Record<string, string>;
  pseudonymised: boolean;
  /** The report date the columns are computed for (YYYY-MM-DD). */
  asOf: string;
  /** XLSX: the translated sheet names and the summary sheet's label/value rows (the row count is added by the worker under `rowCountLabel`). */
  workbook?: { casesSheet: string; summarySheet: string; summaryRows: [string, string][]; rowCountLabel: string };
  /** The record keys, to open the sealed cases (structured-cloned to the worker; absent from a store not sealed yet). */
  recordKeys?: RecordKeys;
  /** A pseudonymised export's key, set by the export worker so both halves of the file give a person the same pseudonym. */
  pseudonymKey?: Uint8Array;
  /** Set for the worker that reads the second half of a CSV export: the cases from this id on (caseExportRun.ts). */
  secondHalf?: { from: string };
}

/** What the second half's worker sends the export worker: CSV lines (UTF-8, transferred) with their row count, then the end. */
export type SecondHalfMessage =
  { type: 'lines'; lines: Uint8Array; rows: number; read: number } | { type: 'end'; read: number } | { type: 'failed'; name: string; message: string };

/** The finished file and what the manifest and the audit trail say of it. */
export interface CaseExportFile {
  /** The file's bytes (the CSV as UTF-8 with its BOM), transferred from the worker. */
  content: Uint8Array<ArrayBuffer>;
  rowCount: number;
  sha256: string;
  byteLength: number;
  columnIds: string[];
}

export type CaseExportMessage =
  { type: 'progress'; read: number; total: number } | { type: 'done'; file: CaseExportFile } | { type: 'failed'; name: string; message: string };
