import { describe, expect, it } from 'vitest';
import { caseExportColumns, exportColumns, spreadsheetCell, spreadsheetColumns } from '../../../../shared/reports';

describe('spreadsheetColumns: typed XLSX columns', () => {
  const headers = { reference: 'Référence du dossier', familyName: 'Mbiemri' };

  it.each([
    ['reference', false, 'text', undefined, false],
    ['openedOn', false, 'date', 'yyyy-mm-dd', false],
    ['updatedAt', false, 'dateTime', 'yyyy-mm-dd hh:mm', false],
    ['detentionDays', false, 'number', '0', false],
    ['detained', false, 'boolean', undefined, false],
    ['familyName', false, 'text', undefined, true],
    ['dateOfBirth', false, 'date', 'yyyy-mm-dd', true],
    // Pseudonymised: the date of birth is the year, a number.
    ['dateOfBirth', true, 'number', '0', true],
    ['documentNumber', true, 'text', undefined, true],
  ] as const)('%s (pseudonymised %s) is %s with format %s, personal %s', (id, pseudonymised, kind, numberFormat, personal) => {
    const column = spreadsheetColumns(exportColumns(caseExportColumns, pseudonymised), headers, pseudonymised).find((candidate) => candidate.id === id);
    expect(column).toMatchObject({ kind, numberFormat, personal });
  });

  it('takes the translated headers and widens a column to its header', () => {
    const columns = spreadsheetColumns(caseExportColumns, headers, false);
    expect(columns.find((column) => column.id === 'reference')).toMatchObject({ header: 'Référence du dossier', width: 22 });
    expect(columns.find((column) => column.id === 'office')?.header).toBe('Office');
  });

  it.each([
    ['date', '2026-11-23', new Date('2026-11-23T00:00:00.000Z')],
    ['dateTime', '2026-11-23T10:15:00.000Z', new Date('2026-11-23T10:15:00.000Z')],
    ['date', 'not a date', null],
    ['number', 42, 42],
    ['boolean', false, false],
    ['text', '=1+1', "'=1+1"],
    ['text', 'Shkëlqim Çela', 'Shkëlqim Çela'],
    ['text', null, null],
  ] as const)('a %s cell %j is stored as %j', (kind, cell, expected) => {
    expect(spreadsheetCell({ kind }, cell)).toEqual(expected);
  });
});
