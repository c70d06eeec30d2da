import { describe, expect, it } from 'vitest';
import { nextDeadline } from '../../../shared/rules/deadlines';
import { caseExportColumns, caseExportRow, caseExportTable, caseRowFacts } from '../../../shared/reports';
import { generateCases } from '../../bench/caseGenerator';
import { buildCaseFile, buildNationality, buildOrderToLeave, buildReadmissionRequest, testMeta } from '../arbitraries/caseFileBuilder';

describe('caseExportColumns', () => {
  it('has unique ids and an i18n key per column', () => {
    const ids = caseExportColumns.map((column) => column.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of caseExportColumns) expect(column.headerKey).toBe(`export.case.${column.id}`);
  });

  it('exports one row per case, leaving out personal columns when pseudonymised and training cases unless asked', () => {
    const cases = [
      buildCaseFile({
        reference: 'RC-2026-000123',
        nationalities: [buildNationality('AL', 'proven')],
        decisions: [buildOrderToLeave({ notifiedOn: '2026-11-02', departureDays: 30 })],
      }),
      buildCaseFile({ reference: 'RC-2026-000999', training: true }),
    ];
    const full = caseExportTable(cases, '2026-11-23', { pseudonymised: false });
    expect(full.rows).toHaveLength(1);
    const cell = (id: string) => full.rows[0]?.[full.columns.findIndex((column) => column.id === id)];
    expect(cell('reference')).toBe('RC-2026-000123');
    expect(cell('familyName')).toBe('Hoxha');
    expect(cell('nationality')).toBe('AL');
    expect(cell('voluntaryDepartureEnds')).toBe('2026-12-02');

    const pseudonymised = caseExportTable(cases, '2026-11-23', { pseudonymised: true, includeTraining: true });
    expect(pseudonymised.rows).toHaveLength(2);
    expect(pseudonymised.columns.map((column) => column.id)).not.toContain('familyName');
    expect(pseudonymised.columns.every((column) => !column.personal)).toBe(true);
  });

  it("computes a row's shared facts once, with the same cells as the rules compute them", () => {
    const asOf = '2026-11-23';
    const column = (id: string) => caseExportColumns.findIndex((candidate) => candidate.id === id);
    for (const caseFile of generateCases(0, 200, 3)) {
      const facts = caseRowFacts(caseFile, asOf);
      expect(facts.nextDeadline()).toBe(facts.nextDeadline());
      const row = caseExportRow(caseFile, caseExportColumns, asOf);
      const deadline = nextDeadline(caseFile, asOf);
      expect(row[column('nextDeadline')]).toBe(deadline?.kind ?? null);
      expect(row[column('nextDeadlineDate')]).toBe(deadline?.dueDate ?? null);
    }
  });

  it('takes the latest readmission request by creation time, the later listed of two made at once', () => {
    const request = (status: 'SENT' | 'ACCEPTED' | 'REJECTED', at: string, requestedState: string) =>
      buildReadmissionRequest({ ...testMeta(at), status, requestedState });
    const caseFile = buildCaseFile({
      readmissionRequests: [
        request('REJECTED', '2026-10-05T08:00:00.000Z', 'XK'),
        request('SENT', '2026-09-01T08:00:00.000Z', 'AL'),
        request('ACCEPTED', '2026-10-05T08:00:00.000Z', 'MA'),
      ],
    });
    const row = caseExportRow(caseFile, caseExportColumns, '2026-11-23');
    const cell = (id: string) => row[caseExportColumns.findIndex((candidate) => candidate.id === id)];
    expect(cell('readmissionState')).toBe('MA');
    expect(cell('readmissionStatus')).toBe('ACCEPTED');
  });
});
