import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../shared/model/actor';
import { buildExportManifest, type FigureFilter, type FileDigest, type ManifestValue } from '../../../shared/reports';
import { callHost } from '../host';
import type { CaseFilter } from '../db/caseQuery';
import { beginForegroundRead, type ForegroundRead } from '../db/foregroundReads';
import { heldRecordKeys } from '../db/workspaceKeyring';
import type { CaseExportFile, CaseExportMessage, CaseExportRequest } from './caseExportProtocol';
import { workspaceStore } from './workspaceStore';
import type { Workspace } from '../db/workspace';

export type CaseExportState =
  | { status: 'idle' }
  | { status: 'running'; read: number; total: number | undefined }
  | { status: 'saved'; rowCount: number; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface CaseExportOptions {
  format: 'csv' | 'xlsx';
  filter?: FigureFilter;
  /** The case list's filter (the file holds exactly the list's cases); written to the audit trail and the manifest as `{ caseList: … }`. */
  listFilter?: CaseFilter;
  headers: Record<string, string>;
  pseudonymised: boolean;
  asOf: string;
  /** The file's name without extension. */
  baseName: string;
  /** XLSX: translated sheet names and summary rows. */
  workbook?: CaseExportRequest['workbook'];
}

/**
 * Runs a case export (CSV or XLSX) in a Web Worker (progress, cancel), then records it in the audit
 * trail (the store refuses a role without the export permission) and saves the file and
 * its manifest (row count, SHA-256) through the host adapter. From the start to the saved
 * file it holds a foreground-read lease of the store, so the background audit verification
 * pauses meanwhile instead of reading the same database beside the worker (db/foregroundReads.ts).
 */
export function useCaseExport(actor: Actor, workspace: Workspace) {
  const [state, setState] = useState<CaseExportState>({ status: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  const lease = useRef<ForegroundRead | undefined>(undefined);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
    lease.current?.release();
    lease.current = undefined;
  }, []);
  useEffect(() => stop, [stop]);

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  const start = useCallback(
    (options: CaseExportOptions) => {
      stop();
      const running = new Worker(new URL('./caseCsvExport.worker.ts', import.meta.url), { type: 'module' });
      worker.current = running;
      const read = beginForegroundRead();
      lease.current = read;
      setState({ status: 'running', read: 0, total: undefined });
      const recordKeys = heldRecordKeys(workspaceStore('production').db);
      const request: CaseExportRequest = {
        format: options.format,
        workspace,
        actor,
        headers: options.headers,
        pseudonymised: options.pseudonymised,
        asOf: options.asOf,
        ...(options.filter ? { filter: options.filter } : {}),
        ...(options.listFilter ? { listFilter: options.listFilter } : {}),
        ...(options.workbook ? { workbook: options.workbook } : {}),
        ...(recordKeys ? { recordKeys } : {}),
      };
      running.onmessage = (event: MessageEvent<CaseExportMessage>) => {
        const message = event.data;
        if (worker.current !== running) return;
        if (message.type === 'progress') setState({ status: 'running', read: message.read, total: message.total });
        else {
          running.terminate();
          worker.current = undefined;
          if (message.type === 'failed') {
            read.release();
            setState({ status: 'failed', message: message.message });
          } else
            void save(actor, workspace, message.file, options)
              .then(setState, (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }))
              .finally(() => read.release());
        }
      };
      running.onerror = (event) => {
        if (worker.current !== running) return;
        stop();
        setState({ status: 'failed', message: event.message });
      };
      running.postMessage(request);
    },
    [actor, workspace, stop],
  );

  return { state, start, cancel };
}

const fileTypes = {
  csv: { contentType: 'text/csv;charset=utf-8', name: 'CSV' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: 'Excel' },
} as const;

/** The filter as the audit trail and the manifest keep it: a figure's filter, the case list's (`{ caseList: … }`), or none (every case). */
function exportFilterRecord(options: CaseExportOptions): ManifestValue {
  if (options.filter) return JSON.parse(JSON.stringify(options.filter)) as ManifestValue;
  if (options.listFilter) return { caseList: JSON.parse(JSON.stringify(options.listFilter)) as ManifestValue };
  return null;
}

/** Audit first (the store's permission check), then the file and its manifest beside it. */
async function save(actor: Actor, workspace: Workspace, file: CaseExportFile, options: CaseExportOptions): Promise<CaseExportState> {
  const fileName = `${options.baseName}.${options.format}`;
  const filter = exportFilterRecord(options);
  await workspaceStore(workspace).cases.recordCaseExport(actor, {
    format: options.format,
    fileName,
    filter,
    columns: file.columnIds,
    rowCount: file.rowCount,
    sha256: file.sha256,
    pseudonymised: options.pseudonymised,
  });
  const type = fileTypes[options.format];
  const saved = await callHost('saveFile', {
    suggestedName: fileName,
    contentType: type.contentType,
    content: file.content,
    filters: [{ name: type.name, extensions: [options.format] }],
  });
  if (saved.status === 'cancelled') return { status: 'cancelled' };
  // The worker hashed the file as it wrote it: the manifest takes its digest, not a second pass here.
  const digest: FileDigest = { update: () => undefined, byteLength: file.byteLength, hex: () => file.sha256 };
  const manifest = buildExportManifest({
    format: options.format,
    fileName,
    rowCount: file.rowCount,
    digest,
    filter,
    columns: file.columnIds,
    pseudonymised: options.pseudonymised,
    workspace: { id: workspace, kind: workspace === 'training' ? 'training' : 'live' },
    generatedBy: { userId: actor.userId, displayName: actor.displayName },
    generatedAt: new Date().toISOString(),
  });
  await callHost('saveFile', {
    suggestedName: `${options.baseName}.manifest.json`,
    contentType: 'application/json',
    content: `${JSON.stringify(manifest, null, 2)}\n`,
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
  return { status: 'saved', rowCount: file.rowCount, fileName };
}
