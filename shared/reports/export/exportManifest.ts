import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The stamp every export from the training workspace carries (file, sheet and manifest). */
export const trainingStamp = 'TRAINING — fictitious data';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** JSON-safe value of the filter an export was made from (the case list's filter or a figure key). */
export type ManifestValue = string | number | boolean | null | ManifestValue[] | { [key: string]: ManifestValue };

export interface ExportManifest {
  manifestVersion: 1;
  format: ExportFormat;
  fileName: string;
  /** Data rows (the header line not counted). */
  rowCount: number;
  /** SHA-256 of the file's bytes exactly as saved, lowercase hex. */
  sha256: string;
  byteLength: number;
  /** The filter the rows were selected with, as the screen or figure key gave it. */
  filter: ManifestValue;
  /** Column ids in file order. */
  columns: string[];
  pseudonymised: boolean;
  workspace: { id: string; kind: 'live' | 'training' };
  generatedBy: { userId: string; displayName: string };
  /** ISO timestamp (UTC). */
  generatedAt: string;
  /** True for training-workspace exports: the file then carries `stamp`. */
  training: boolean;
  stamp: string | null;
}

/** SHA-256 over a file written in chunks: the worker hashes each chunk as it writes it. */
export interface FileDigest {
  update(chunk: string | Uint8Array): void;
  readonly byteLength: number;
  /** Lowercase hex; the digest cannot be updated afterwards. */
  hex(): string;
}

export function createFileDigest(): FileDigest {
  const hash = sha256.create();
  let byteLength = 0;
  let done: string | undefined;
  return {
    update(chunk) {
      if (done !== undefined) throw new Error('The file digest is already finished');
      const bytes = typeof chunk === 'string' ? utf8ToBytes(chunk) : chunk;
      byteLength += bytes.length;
      hash.update(bytes);
    },
    get byteLength() {
      return byteLength;
    },
    hex() {
      done ??= bytesToHex(hash.digest());
      return done;
    },
  };
}

export interface ExportManifestInput {
  format: ExportFormat;
  fileName: string;
  rowCount: number;
  digest: FileDigest;
  filter: ManifestValue;
  columns: readonly string[];
  pseudonymised: boolean;
  workspace: { id: string; kind: 'live' | 'training' };
  generatedBy: { userId: string; displayName: string };
  generatedAt: string;
}

/** The manifest saved beside an export (and recorded in the audit trail): what was exported, by whom, and the file's hash. */
export function buildExportManifest(input: ExportManifestInput): ExportManifest {
  if (!Number.isInteger(input.rowCount) || input.rowCount < 0) throw new Error('The row count must be a whole number, 0 or more');
  const training = input.workspace.kind === 'training';
  return {
    manifestVersion: 1,
    format: input.format,
    fileName: input.fileName,
    rowCount: input.rowCount,
    sha256: input.digest.hex(),
    byteLength: input.digest.byteLength,
    filter: input.filter,
    columns: [...input.columns],
    pseudonymised: input.pseudonymised,
    workspace: { ...input.workspace },
    generatedBy: { ...input.generatedBy },
    generatedAt: input.generatedAt,
    training,
    stamp: training ? trainingStamp : null,
  };
}
