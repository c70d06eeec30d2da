import type { FileDigest } from '../../../shared/reports';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The finished file: its bytes (one buffer, to transfer to the page) and their SHA-256. */
export interface FinishedExportFile {
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
}

/**
 * An export file as the worker writes it, chunk by chunk: each chunk is kept as UTF-8 bytes,
 * and the SHA-256 of the whole file is computed once at the end by WebCrypto (native code,
 * and off the worker's JavaScript thread). Hashing every chunk as it was written in
 * JavaScript (`createFileDigest`, @noble/hashes) was about half of the CSV core's CPU time
 * (Node profile of 20,000 cases); the bytes are needed anyway, to hand the file to the page as
 * a transferred buffer rather than a cloned string of tens of megabytes.
 *
 * It is the `FileDigest` the CSV core and the XLSX writer feed; `hex()` answers once
 * `finish()` has resolved.
 */
export interface ExportFileBytes extends FileDigest {
  finish(): Promise<FinishedExportFile>;
}

export function createExportFileBytes(): ExportFileBytes {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let byteLength = 0;
  let finished: FinishedExportFile | undefined;
  return {
    update(chunk) {
      if (finished) throw new Error('The export file is already finished');
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      if (bytes.length === 0) return;
      parts.push(bytes);
      byteLength += bytes.length;
    },
    get byteLength() {
      return byteLength;
    },
    hex() {
      if (!finished) throw new Error('The export file is not finished yet');
      return finished.sha256;
    },
    async finish() {
      if (finished) return finished;
      const bytes = new Uint8Array(byteLength);
      let offset = 0;
      for (const part of parts.splice(0)) {
        bytes.set(part, offset);
        offset += part.length;
      }
      const sha256 = bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
      finished = { bytes, sha256 };
      return finished;
    },
  };
}
