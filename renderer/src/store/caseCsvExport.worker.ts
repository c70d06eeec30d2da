/// <reference lib="webworker" />
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
import { openWorkspaceStore } from '../db/workspaces';
import { lendRecordKeys } from '../db/workspaceKeyring';
import type { CaseExportFile, CaseExportMessage, CaseExportRequest } from './caseExportProtocol';
import { createExportFileBytes } from './exportFileBytes';

/**
 * The case export (CSV or XLSX), off the page's main thread: opens the same workspace database,
 * reads it in key-ordered chunks with the export permission (the store refuses a role
 * without it), keeps the cases the filter selects, and writes the CSV chunk by chunk
 * (the XLSX through the streaming writer: typed cells, frozen header, auto filter, widths,
 * summary sheet). Only each chunk's rows of cells are made from the case files read (the
 * columns' projection, one chunk at a time): the file is kept as UTF-8 bytes, hashed once at
 * the end, and transferred to the page rather than cloned. The page cancels by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: CaseExportMessage): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<CaseExportRequest>) => {
  void run(event.data).catch((error: unknown) =>
    post({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) }),
  );
};

async function run(request: CaseExportRequest): Promise<void> {
  const store = openWorkspaceStore(request.workspace, {});
  if (request.recordKeys) lendRecordKeys(store.db.keyHolder, request.recordKeys);
  try {
    const total = (await store.cases.counts(request.actor)).total;
    const writer = request.format === 'xlsx' ? xlsxWriter(request) : csvWriter(request);
    let read = 0;
    const listFilter = request.listFilter;
    await store.cases.streamCases(request.actor, { permission: 'case.export', chunkSize: EXPORT_CHUNK_SIZE }, (rows) => {
      // The list's filter is checked on the stored row's index fields, as the list's own query does.
      const kept = listFilter === undefined ? rows : rows.filter((row) => matchesCaseFilter(row, listFilter));
      writer.add(kept.map((row) => row.caseFile));
      read += rows.length;
      post({ type: 'progress', read, total });
    });
    const file = await writer.finish();
    scope.postMessage({ type: 'done', file } satisfies CaseExportMessage, [file.content.buffer]);
  } finally {
    store.close();
  }
}

/**
 * Cases read from the store at a time. The worker has no frame to keep, so larger than the
 * page's chunks: fewer reads (each its own transaction) with the next one already under way
 * while a chunk is written (streamCases reads ahead), and still only two chunks of case
 * files (about 5 MB) held at once.
 */
const EXPORT_CHUNK_SIZE = 1_000;

interface ExportWriter {
  add(cases: readonly CaseFile[]): void;
  finish(): Promise<CaseExportFile>;
}

function selection(request: CaseExportRequest) {
  const filter = request.filter;
  const training = request.workspace === 'training';
  return {
    columns: exportColumns(caseExportColumns, request.pseudonymised),
    pseudonymiser: request.pseudonymised ? createPseudonymiser(newPseudonymKey()) : undefined,
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
  return {
    // The text each chunk returns is already in `file` (its digest): nothing else keeps it.
    add: (cases) => void csv.add(cases),
    async finish() {
      csv.finish();
      const { bytes, sha256 } = await file.finish();
      return { content: bytes, rowCount: csv.rowCount, sha256, byteLength: bytes.length, columnIds: csv.columnIds };
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
