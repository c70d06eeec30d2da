import type { Actor } from '../../../../shared/model/actor';
import { createCsvWriter, createFileDigest, trainingStamp, type ManifestValue } from '../../../../shared/reports';
import type { Workspace } from '../../db/workspace';
import { callHost } from '../../host';
import { workspaceStore } from '../../store/workspaceStore';
import type { FigureRow } from './FigureTable';

/**
 * A figure table as CSV (UTF-8 with BOM, the cells as the screen shows them, formula
 * attempts neutralised by the CSV writer): counts, no personal data, yet recorded in the
 * audit trail like every export and refused by the store to a role without the export
 * permission. A training-workspace file carries the stamp in a last column.
 */
export async function exportFigureTable(
  actor: Actor,
  workspace: Workspace,
  table: { id: string; rowHeading: string; columns: readonly string[]; rows: readonly FigureRow[] },
  filter: ManifestValue,
  fileName: string,
): Promise<'saved' | 'cancelled'> {
  const training = workspace === 'training';
  const headers = [table.rowHeading, ...table.columns, ...(training ? [trainingStamp] : [])];
  const writer = createCsvWriter(headers);
  const content =
    writer.chunk(table.rows.map((row) => [row.header, ...row.cells.map((cell) => cell.text), ...(training ? [trainingStamp] : [])])) + writer.finish();
  const digest = createFileDigest();
  digest.update(content);
  await workspaceStore(workspace).cases.recordCaseExport(actor, {
    format: 'csv',
    fileName,
    filter,
    columns: [table.id],
    rowCount: writer.rowCount,
    sha256: digest.hex(),
    pseudonymised: false,
  });
  const saved = await callHost('saveFile', {
    suggestedName: fileName,
    contentType: 'text/csv;charset=utf-8',
    content,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  return saved.status;
}
