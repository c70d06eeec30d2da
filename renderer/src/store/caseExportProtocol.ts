import type { Actor } from '../../../shared/model/actor';
import type { FigureFilter } from '../../../shared/reports';
import type { Workspace } from '../db/workspace';

/** What the page asks the export worker for. */
export interface CaseExportRequest {
  workspace: Workspace;
  actor: Actor;
  /** The cases behind a figure; absent: every case of the workspace. */
  filter?: FigureFilter;
  /** Translated headers by column id. */
  headers: Record<string, string>;
  pseudonymised: boolean;
  /** The report date the columns are computed for (YYYY-MM-DD). */
  asOf: string;
}

/** The finished file and what the manifest and the audit trail say of it. */
export interface CaseExportFile {
  content: string;
  rowCount: number;
  sha256: string;
  byteLength: number;
  columnIds: string[];
}

export type CaseExportMessage =
  | { type: 'progress'; read: number; total: number }
  | { type: 'done'; file: CaseExportFile }
  | { type: 'failed'; name: string; message: string };
