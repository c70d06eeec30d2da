import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../shared/model';
import {
  caseExportColumns,
  caseMatchesFigureFilter,
  createCaseCsvExport,
  createPseudonymiser,
  exportColumns,
  trainingStamp,
  utf8ByteOrderMark,
  type FigureFilter,
} from '../../../../shared/reports';
import { buildCaseFile, buildNationality, buildReadmissionRequest, testMeta } from '../../arbitraries/caseFileBuilder';

const asOf = '2026-11-23';
const columns = ['reference', 'familyName', 'givenNames', 'dateOfBirth', 'nationality', 'openedOn'].flatMap((id) =>
  caseExportColumns.filter((column) => column.id === id),
);
const headers = {
  reference: 'Numri i dosjes',
  familyName: 'Mbiemri',
  givenNames: 'Emrat',
  dateOfBirth: 'Datëlindja',
  nationality: 'Shtetësia',
  openedOn: 'Hapur më',
};

const named = (reference: string, familyName: string, givenNames: string, overrides: Partial<CaseFile> = {}): CaseFile =>
  buildCaseFile({
    reference,
    nationalities: [buildNationality('AL', 'proven')],
    identities: [{ ...testMeta(), familyName, givenNames, primary: true, source: 'declared', confidence: 'medium' }],
    ...overrides,
  });

const cases = [
  named('RC-2026-000001', 'Këlliçi', 'Shpëtim'),
  named('RC-2026-000002', 'Lefèvre', 'François', {
    readmissionRequests: [
      buildReadmissionRequest({ status: 'DEEMED_ACCEPTED', sentOn: '2026-10-12', receivedOn: '2026-10-13', deemedAcceptedOn: '2026-10-28' }),
    ],
  }),
  named('RC-2026-000003', '=HYPERLINK("http://x.example","click")', '@SUM(1)'),
  named('RC-2026-000004', 'Demo', 'Case', { training: true }),
];

function run(options: Parameters<typeof createCaseCsvExport>[0], pages: CaseFile[][]) {
  const exporter = createCaseCsvExport(options);
  const text = pages.map((page) => exporter.add(page)).join('') + exporter.finish();
  return { exporter, text, rows: Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data };
}

describe("createCaseCsvExport: the worker's CSV, page by page", () => {
  it('writes translated headers, diacritics, ISO dates and inert injection attempts; leaves demo cases out of a live export', () => {
    const { text, rows, exporter } = run({ columns, headers, asOf, training: false }, [cases.slice(0, 2), [], cases.slice(2)]);
    expect(text.startsWith(utf8ByteOrderMark)).toBe(true);
    expect(rows).toEqual([
      ['Numri i dosjes', 'Mbiemri', 'Emrat', 'Datëlindja', 'Shtetësia', 'Hapur më'],
      ['RC-2026-000001', 'Këlliçi', 'Shpëtim', '1990-05-17', 'AL', '2026-11-02'],
      ['RC-2026-000002', 'Lefèvre', 'François', '1990-05-17', 'AL', '2026-11-02'],
      ['RC-2026-000003', `'=HYPERLINK("http://x.example","click")`, "'@SUM(1)", '1990-05-17', 'AL', '2026-11-02'],
    ]);
    expect(exporter.rowCount).toBe(3);
    expect(exporter.digest.hex()).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    expect(exporter.columnIds).toEqual(columns.map((column) => column.id));
  });

  it('exports exactly the cases behind a figure', () => {
    const filter: FigureFilter = { key: { figure: 'readmission', measure: 'deemedAccepted' }, period: { from: '2026-10-01', to: '2026-11-30' }, asOf };
    const { rows } = run({ columns, headers, asOf, training: false, matches: (caseFile) => caseMatchesFigureFilter(caseFile, filter) }, [cases]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['RC-2026-000002']);
  });

  it('stamps every row of a training export and exports only demo cases', () => {
    const { rows, exporter } = run({ columns, headers, asOf, training: true }, [cases]);
    expect(rows[0]?.at(-1)).toBe(trainingStamp);
    expect(rows.slice(1)).toEqual([['RC-2026-000004', 'Demo', 'Case', '1990-05-17', 'AL', '2026-11-02', trainingStamp]]);
    expect(exporter.columnIds.at(-1)).toBe('trainingStamp');
  });

  it('pseudonymises: the same person gets the same pseudonym on two pages; names never appear', () => {
    const pseudonymised = exportColumns(columns, true);
    const again = { ...cases[0], reference: 'RC-2026-000005' } as CaseFile;
    const { rows, text } = run({ columns: pseudonymised, headers, asOf, training: false, pseudonymiser: createPseudonymiser(new Uint8Array(32).fill(7)) }, [
      [cases[0] as CaseFile],
      [again],
    ]);
    expect(text).not.toContain('Këlliçi');
    expect(rows[1]?.[1]).toMatch(/^NAME-/);
    expect(rows[2]?.[1]).toBe(rows[1]?.[1]);
    expect(rows[1]?.[3]).toBe('1990');
  });
});
