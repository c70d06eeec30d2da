import type { CaseFile, IsoDate } from '../../model';
import { caseExportRow, type CaseExportColumn } from '../caseExportColumns';
import { createCsvWriter, type CsvContinuation } from './csvWriter';
import { createFileDigest, trainingStamp, type FileDigest } from './exportManifest';
import type { Pseudonymiser } from './pseudonymiser';

export interface CaseCsvExportOptions extends CsvContinuation {
  /** The chosen columns, in file order (exportColumns(…) for a pseudonymised export). */
  columns: readonly CaseExportColumn[];
  /** Translated headers by column id (the English header when one is missing). */
  headers: Readonly<Record<string, string>>;
  asOf: IsoDate;
  pseudonymiser?: Pseudonymiser;
  /** Which cases of each page go in (the case list's filter, or `caseMatchesFigureFilter`). */
  matches?: (caseFile: CaseFile) => boolean;
  /**
   * A training-workspace export: every row carries the stamp in a last column, so a row
   * copied out of the file still says it is fictitious (a CSV has no title to put it in).
   * Training cases are exported only here; a live export leaves any out.
   */
  training: boolean;
  /**
   * What the file's text is fed to, chunk by chunk: by default a SHA-256 of its own
   * (`createFileDigest`). The export worker passes its file's bytes, which it hashes whole
   * at the end with WebCrypto (renderer/src/store/exportFileBytes.ts).
   */
  digest?: FileDigest;
}

export interface CaseCsvExport {
  /** The text to append for one page of cases read from the store. */
  add(cases: readonly CaseFile[]): string;
  /** The text to append at the end. */
  finish(): string;
  readonly rowCount: number;
  /** SHA-256 of everything returned so far, for the manifest (the `digest` given, when one was). */
  readonly digest: FileDigest;
  /** Column ids in file order (the stamp column included), for the manifest. */
  readonly columnIds: string[];
}

/**
 * The whole CSV export of the case list, page by page, for the export worker: filter,
 * rows (pseudonymised when asked), CSV text and the running SHA-256, never more than one
 * page in memory. The worker writes each returned string through the host adapter and
 * builds the manifest from `rowCount`, `digest` and `columnIds` at the end.
 */
export function createCaseCsvExport(options: CaseCsvExportOptions): CaseCsvExport {
  const headers = options.columns.map((column) => options.headers[column.id] ?? column.header);
  const writer = createCsvWriter(options.training ? [...headers, trainingStamp] : headers, { continuation: options.continuation === true });
  const digest = options.digest ?? createFileDigest();
  const emit = (text: string) => {
    digest.update(text);
    return text;
  };
  return {
    add(cases) {
      const rows = cases
        .filter((caseFile) => caseFile.training === options.training && (options.matches === undefined || options.matches(caseFile)))
        .map((caseFile) => {
          const row = caseExportRow(caseFile, options.columns, options.asOf, options.pseudonymiser);
          return options.training ? [...row, trainingStamp] : row;
        });
      return emit(writer.chunk(rows));
    },
    finish() {
      return emit(writer.finish());
    },
    get rowCount() {
      return writer.rowCount;
    },
    digest,
    columnIds: [...options.columns.map((column) => column.id), ...(options.training ? ['trainingStamp'] : [])],
  };
}
