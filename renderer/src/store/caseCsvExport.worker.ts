/// <reference lib="webworker" />
import { caseExportColumns, caseMatchesFigureFilter, createCaseCsvExport, createPseudonymiser, exportColumns, newPseudonymKey } from '../../../shared/reports';
import { openWorkspaceStore } from '../db/workspaces';
import type { CaseExportMessage, CaseExportRequest } from './caseExportProtocol';

/**
 * The case CSV export, off the page's main thread: opens the same workspace database,
 * reads it in key-ordered chunks with the export permission (the store refuses a role
 * without it), keeps the cases the filter selects, and writes the CSV chunk by chunk
 * with its running SHA-256. The page cancels by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: CaseExportMessage): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<CaseExportRequest>) => {
  void run(event.data).catch((error: unknown) => post({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) }));
};

async function run(request: CaseExportRequest): Promise<void> {
  const store = openWorkspaceStore(request.workspace, {});
  try {
    const filter = request.filter;
    const csv = createCaseCsvExport({
      columns: exportColumns(caseExportColumns, request.pseudonymised),
      headers: request.headers,
      asOf: request.asOf,
      ...(request.pseudonymised ? { pseudonymiser: createPseudonymiser(newPseudonymKey()) } : {}),
      ...(filter ? { matches: (caseFile) => caseMatchesFigureFilter(caseFile, filter) } : {}),
      training: request.workspace === 'training',
    });
    const total = (await store.cases.counts(request.actor)).total;
    const parts: string[] = [];
    let read = 0;
    await store.cases.streamCases(request.actor, { permission: 'case.export', chunkSize: 500 }, (rows) => {
      parts.push(csv.add(rows.map((row) => row.caseFile)));
      read += rows.length;
      post({ type: 'progress', read, total });
    });
    parts.push(csv.finish());
    post({ type: 'done', file: { content: parts.join(''), rowCount: csv.rowCount, sha256: csv.digest.hex(), byteLength: csv.digest.byteLength, columnIds: csv.columnIds } });
  } finally {
    store.close();
  }
}
