/// <reference lib="webworker" />
import { openWorkspaceStore } from '../db/workspaces';
import { setRecordOpener } from '../db/recordCipher';
import { loadWasmRecordOpener } from '../db/wasmRecordOpener';
import { lendRecordKeys } from '../db/workspaceKeyring';
import type { CaseExportMessage, CaseExportRequest, SecondHalfMessage } from './caseExportProtocol';
import { runCaseExport, runSecondHalf } from './caseExportRun';

/**
 * The case export (CSV or XLSX), off the page's main thread (caseExportRun.ts): opens the
 * same workspace database with the record keys the page lends it, and transfers the finished
 * file to the page rather than cloning it. A large CSV export starts a second worker of this
 * same script for the second half of the cases (`request.secondHalf`). The page cancels by
 * terminating the worker, which ends the second one with it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Records are opened with libsodium's WebAssembly where this worker may compile it (wasmRecordOpener.ts); loaded while the request is on its way. */
const recordOpenerSet = loadWasmRecordOpener().then((opener) => {
  if (opener) setRecordOpener(opener);
});

scope.onmessage = (event: MessageEvent<CaseExportRequest>) => {
  const request = event.data;
  const post = (message: CaseExportMessage | SecondHalfMessage) => scope.postMessage(message);
  void run(request).catch((error: unknown) =>
    post({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) }),
  );
};

async function run(request: CaseExportRequest): Promise<void> {
  await recordOpenerSet;
  const store = openWorkspaceStore(request.workspace, {});
  if (request.recordKeys) lendRecordKeys(store.db.keyHolder, request.recordKeys);
  try {
    if (request.secondHalf) {
      await runSecondHalf(store, request, (message, transfer = []) => scope.postMessage(message, transfer));
      return;
    }
    const file = await runCaseExport({
      store,
      request,
      progress: (read, total) => scope.postMessage({ type: 'progress', read, total } satisfies CaseExportMessage),
      startSecondHalf(secondHalfRequest, onMessage) {
        // This script again, as a worker of this worker: terminated with it when the page cancels.
        const second = new Worker(scope.location.href, { type: 'module' });
        second.onmessage = (event: MessageEvent<SecondHalfMessage>) => {
          if (event.data.type !== 'lines') second.terminate();
          onMessage(event.data);
        };
        second.onerror = (event) => {
          second.terminate();
          onMessage({ type: 'failed', name: 'Error', message: event.message || 'The second export worker failed' });
        };
        second.postMessage(secondHalfRequest);
      },
    });
    scope.postMessage({ type: 'done', file } satisfies CaseExportMessage, [file.content.buffer]);
  } finally {
    store.close();
  }
}
