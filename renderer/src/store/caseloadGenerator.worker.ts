/// <reference lib="webworker" />
import { caseloadSize, generateCaseloadChunk, type CaseloadOptions } from '../../../shared/training/caseloadGenerator';
import type { CaseloadMessage, CaseloadRequest } from './caseloadProtocol';

/**
 * Generates a training caseload off the page's main thread, one chunk at a time: the page
 * stores a chunk through the audited import (the store's permission check and the window's
 * audit key stay on the page), then asks for the next. Cancelling terminates the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let options: CaseloadOptions | undefined;
let chunkSize = 1000;
let next = 0;

function post(message: CaseloadMessage): void {
  scope.postMessage(message);
}

function sendChunk(): void {
  if (!options) return;
  const total = caseloadSize(options);
  if (next >= total) {
    post({ type: 'done', total });
    return;
  }
  const to = Math.min(total, next + chunkSize);
  post({ type: 'chunk', cases: generateCaseloadChunk(options, { from: next, to }), from: next, to, total });
  next = to;
}

scope.onmessage = (event: MessageEvent<CaseloadRequest>) => {
  try {
    if (event.data.type === 'start') {
      options = event.data.options;
      chunkSize = Math.max(1, event.data.chunkSize);
      next = 0;
    }
    sendChunk();
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
