import { describe, expect, it } from 'vitest';
import { caseExportColumns, caseExportTable } from '../../../shared/reports';
import { buildCaseFile, buildNationality, buildOrderToLeave } from '../arbitraries/caseFileBuilder';

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
});
