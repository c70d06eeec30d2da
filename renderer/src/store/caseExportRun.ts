import type { CaseFile } from '../../../shared/model/caseFile';
import {
  caseExportColumns,
  caseExportRow,
  caseMatchesFigureFilter,
  createCaseCsvExport,
  createPseudonymiser,
  createXlsxStreamWriter,
  exportColumns,
  newPseudonymKey,
  spreadsheetCell,
  spreadsheetColumns,
  trainingStamp,
} from '../../../shared/reports';
import { matchesCaseFilter } from '../db/caseQuery';
import type { CaseRow } from '../db/caseRow';
import type { WorkspaceStore } from '../db/workspaces';
import type { CaseExportFile, CaseExportRequest, SecondHalfMessage } from './caseExportProtocol';
import { createExportFileBytes } from './exportFileBytes';

/**
 * The case export (CSV or XLSX) as the export worker runs it: reads the workspace in
 * key-ordered chunks with the export permission (the store refuses a role without it), keeps
 * the cases the filter selects, and writes the file chunk by chunk (the XLSX through the
 * streaming writer: typed cells, frozen header, auto filter, widths, summary sheet). Only each
 * chunk's rows of cells are made from the case files read; the file is kept as UTF-8 bytes
 * and hashed once at the end.
 *
 * A large CSV export is read in two halves at once: opening a sealed case file (about 60 µs)
 * is most of its time, and the page leaves the second core idle. This worker writes the BOM,
 * the header and the cases below the middle id; a second worker (`runSecondHalf`) turns the
 * cases from the middle id on into CSV lines and hands them over as bytes, appended in key
 * order, so the file is the same as read by one worker (a unit test compares them).
 */
export interface CaseExportRun {
  store: WorkspaceStore;
  request: CaseExportRequest;
  progress(read: number, total: number): void;
  /** Starts the second half's worker on the same request with `secondHalf` set; its messages come to `onMessage`. */
  startSecondHalf(request: CaseExportRequest, onMessage: (message: SecondHalfMessage) => void): void;
  /** From how many cases a CSV is read in two halves (TWO_HALVES_FROM; tests lower it). */
  twoHalvesFrom?: number;
}

/**
 * Cases read from the store at a time. The worker has no frame to keep, so larger than the
 * page's chunks: fewer reads (each its own transaction) with the next one already under way
 * while a chunk is written (streamCases reads ahead), and still only two chunks of case
 * files (about 5 MB) held at once.
 */
const EXPORT_CHUNK_SIZE = 1_000;

/** From this many cases a CSV export is read in two halves: below, a second worker's start (about 0.2 s) is not worth it. */
export const TWO_HALVES_FROM = 5_000;

export async function runCaseExport(run: CaseExportRun): Promise<CaseExportFile> {
  const { store, request } = run;
  // The same pseudonyms in both halves of the file.
  const shared: CaseExportRequest = request.pseudonymised ? { ...request, pseudonymKey: request.pseudonymKey ?? newPseudonymKey() } : request;
  const total = (await store.cases.counts(shared.actor)).total;
  const middle =
    shared.format === 'csv' && total >= (run.twoHalvesFrom ?? TWO_HALVES_FROM) ? await store.cases.middleCaseId(shared.actor, 'case.export') : undefined;
  const secondHalf = middle === undefined ? undefined : readSecondHalf(run, { ...shared, secondHalf: { from: middle } });
  const writer = shared.format === 'xlsx' ? xlsxWriter(shared) : csvWriter(shared);
  let read = 0;
  const report = () => run.progress(read + (secondHalf?.read() ?? 0), total);
  if (secondHalf) secondHalf.onProgress(report);
  await store.cases.streamCases(
    shared.actor,
    { permission: 'case.export', chunkSize: EXPORT_CHUNK_SIZE, ...(middle ? { range: { below: middle } } : {}) },
    (rows) => {
      writer.add(keptCases(shared, rows));
      read += rows.length;
      report();
    },
  );
  if (secondHalf) {
    writer.add([]);
    for (const part of await secondHalf.done) writer.append(part.lines, part.rows);
  }
  return writer.finish();
}

/** The second half's worker: CSV lines without BOM or header, from `request.secondHalf.from` on, posted chunk by chunk as bytes. */
export async function runSecondHalf(
  store: WorkspaceStore,
  request: CaseExportRequest,
  post: (message: SecondHalfMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  const from = request.secondHalf?.from;
  if (from === undefined) throw new Error('The second half of an export needs the id it starts from');
  const { columns, pseudonymiser, training, matches } = selection(request);
  const csv = createCaseCsvExport({
    columns,
    headers: request.headers,
    asOf: request.asOf,
    ...(pseudonymiser ? { pseudonymiser } : {}),
    matches,
    training,
    continuation: true,
  });
  const encoder = new TextEncoder();
  let read = 0;
  await store.cases.streamCases(request.actor, { permission: 'case.export', chunkSize: EXPORT_CHUNK_SIZE, range: { from } }, (rows) => {
    const before = csv.rowCount;
    const lines = encoder.encode(csv.add(keptCases(request, rows)));
    read += rows.length;
    post({ type: 'lines', lines, rows: csv.rowCount - before, read }, [lines.buffer]);
  });
  post({ type: 'end', read });
}

interface SecondHalf {
  read(): number;
  onProgress(listener: () => void): void;
  /** Its chunks in key order, once it has read its last case. */
  done: Promise<{ lines: Uint8Array; rows: number }[]>;
}

function readSecondHalf(run: CaseExportRun, request: CaseExportRequest): SecondHalf {
  const parts: { lines: Uint8Array; rows: number }[] = [];
  let read = 0;
  let listener: (() => void) | undefined;
  const done = new Promise<{ lines: Uint8Array; rows: number }[]>((resolve, reject) => {
    run.startSecondHalf(request, (message) => {
      if (message.type === 'failed') {
        reject(Object.assign(new Error(message.message), { name: message.name }));
        return;
      }
      read = message.read;
      if (message.type === 'lines') parts.push({ lines: message.lines, rows: message.rows });
      else resolve(parts);
      listener?.();
    });
  });
  // Awaited once this worker's own half is written; a failure meanwhile is reported then.
  done.catch(() => undefined);
  return { read: () => read, onProgress: (next) => (listener = next), done };
}

/** The list's filter is checked on the stored row's index fields, as the list's own query does. */
function keptCases(request: CaseExportRequest, rows: readonly CaseRow[]): CaseFile[] {
  const listFilter = request.listFilter;
  return (listFilter === undefined ? rows : rows.filter((row) => matchesCaseFilter(row, listFilter))).map((row) => row.caseFile);
}

interface ExportWriter {
  add(cases: readonly CaseFile[]): void;
  /** Lines written by the second half's worker (CSV only), with how many rows they hold. */
  append(lines: Uint8Array, rows: number): void;
  finish(): Promise<CaseExportFile>;
}

function selection(request: CaseExportRequest) {
  const filter = request.filter;
  const training = request.workspace === 'training';
  return {
    columns: exportColumns(caseExportColumns, request.pseudonymised),
    pseudonymiser: request.pseudonymised ? createPseudonymiser(request.pseudonymKey ?? newPseudonymKey()) : undefined,
    training,
    // Training cases only in the training workspace, never in a live export (as the CSV core does).
    matches: (caseFile: CaseFile) => caseFile.training === training && (filter === undefined || caseMatchesFigureFilter(caseFile, filter)),
  };
}

function csvWriter(request: CaseExportRequest): ExportWriter {
  const { columns, pseudonymiser, training, matches } = selection(request);
  const file = createExportFileBytes();
  const csv = createCaseCsvExport({
    columns,
    headers: request.headers,
    asOf: request.asOf,
    ...(pseudonymiser ? { pseudonymiser } : {}),
    matches,
    training,
    digest: file,
  });
  let appendedRows = 0;
  return {
    // The text each chunk returns is already in `file` (its digest): nothing else keeps it.
    add: (cases) => void csv.add(cases),
    append(lines, rows) {
      file.update(lines);
      appendedRows += rows;
    },
    async finish() {
      csv.finish();
      const { bytes, sha256 } = await file.finish();
      return { content: bytes, rowCount: csv.rowCount + appendedRows, sha256, byteLength: bytes.length, columnIds: csv.columnIds };
    },
  };
}

function xlsxWriter(request: CaseExportRequest): ExportWriter {
  const { columns, pseudonymiser, training, matches } = selection(request);
  const sheetColumns = spreadsheetColumns(columns, request.headers, request.pseudonymised);
  const file = createExportFileBytes();
  const workbook = request.workbook ?? { casesSheet: 'Cases', summarySheet: 'Summary', summaryRows: [], rowCountLabel: 'Rows' };
  const writer = createXlsxStreamWriter({
    sheetName: workbook.casesSheet,
    columns: sheetColumns,
    ...(training ? { title: trainingStamp } : {}),
    onData: (chunk) => file.update(chunk),
  });
  return {
    add(cases) {
      const rows = cases
        .filter(matches)
        .map((caseFile) =>
          caseExportRow(caseFile, columns, request.asOf, pseudonymiser).map((cell, index) => spreadsheetCell(sheetColumns[index] ?? { kind: 'text' }, cell)),
        );
      if (rows.length > 0) writer.rows(rows);
    },
    append() {
      throw new Error('An XLSX export is written by one worker');
    },
    async finish() {
      const summaryRows: [string, string | number][] = [
        ...workbook.summaryRows,
        [workbook.rowCountLabel, writer.rowCount],
        ...(training ? [[trainingStamp, ''] as [string, string]] : []),
      ];
      writer.finish({ name: workbook.summarySheet, rows: summaryRows });
      const { bytes, sha256 } = await file.finish();
      return { content: bytes, rowCount: writer.rowCount, sha256, byteLength: bytes.length, columnIds: sheetColumns.map((column) => column.id) };
    },
  };
}
