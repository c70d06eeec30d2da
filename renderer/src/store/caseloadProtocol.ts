import type { CaseFile } from '../../../shared/model/caseFile';
import type { CaseloadOptions } from '../../../shared/training/caseloadGenerator';

/** Page → worker: start generating, or hand over the next chunk (the page stored the last one). */
export type CaseloadRequest = { type: 'start'; options: CaseloadOptions; chunkSize: number } | { type: 'next' };

/** Worker → page: a chunk of generated cases (positions from…to of total), then done. */
export type CaseloadMessage =
  { type: 'chunk'; cases: CaseFile[]; from: number; to: number; total: number } | { type: 'done'; total: number } | { type: 'failed'; message: string };
