import { describe, expect, it } from 'vitest';
import { birthYear, caseExportColumns, caseExportRow, createPseudonymiser, exportColumns, pseudonymisedKind } from '../../../../shared/reports';
import { buildCaseFile, buildDocument } from '../../arbitraries/caseFileBuilder';

const keyA = new Uint8Array(32).fill(1);
const keyB = new Uint8Array(32).fill(2);

describe('createPseudonymiser: keyed, stable pseudonyms', () => {
  it('gives the same pseudonym for the same text under the same key, across pseudonymisers (chunks, workers)', () => {
    const first = createPseudonymiser(keyA);
    const second = createPseudonymiser(Uint8Array.from(keyA));
    expect(first.pseudonym('name', 'Hoxha')).toBe(second.pseudonym('name', 'Hoxha'));
    expect(first.pseudonym('name', '  hoxha ')).toBe(first.pseudonym('name', 'HOXHA'));
    expect(first.pseudonym('name', 'Hoxha')).toMatch(/^NAME-[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(first.pseudonym('document_number', 'AB123456')).toMatch(/^DOC-[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('differs between keys, between texts and between kinds', () => {
    const a = createPseudonymiser(keyA);
    const b = createPseudonymiser(keyB);
    expect(a.pseudonym('name', 'Hoxha')).not.toBe(b.pseudonym('name', 'Hoxha'));
    expect(a.pseudonym('name', 'Hoxha')).not.toBe(a.pseudonym('name', 'Hoxhaj'));
    expect(a.pseudonym('name', 'X1').slice(5)).not.toBe(a.pseudonym('document_number', 'X1').slice(4));
  });

  it('refuses a short key', () => {
    expect(() => createPseudonymiser(new Uint8Array(8))).toThrow(/16 bytes/);
  });

  it.each([
    ['1990-07-14', 1990],
    [null, null],
    [undefined, null],
  ] as const)('birthYear(%j) = %j', (date, year) => {
    expect(birthYear(date)).toBe(year);
  });
});

describe('pseudonymised export rows', () => {
  const caseFile = buildCaseFile({ documents: [buildDocument({ number: 'AL1234567' })] });
  const columns = exportColumns(caseExportColumns, true);
  const cell = (row: unknown[], id: string) => row[columns.findIndex((column) => column.id === id)];

  it('replaces names and document numbers, reduces the date of birth to the year, leaves the assignee out', () => {
    const row = caseExportRow(caseFile, columns, '2026-11-23', createPseudonymiser(keyA));
    expect(columns.map((column) => column.id)).not.toContain('assignee');
    expect(cell(row, 'familyName')).toMatch(/^NAME-/);
    expect(cell(row, 'givenNames')).toMatch(/^NAME-/);
    expect(cell(row, 'documentNumber')).toMatch(/^DOC-/);
    expect(cell(row, 'dateOfBirth')).toBe(Number(caseFile.person.dateOfBirth?.slice(0, 4)));
    expect(columns.filter((column) => column.id === 'dateOfBirth').map(pseudonymisedKind)).toEqual(['number']);
    expect(cell(row, 'reference')).toBe(caseFile.reference);
    const plain = caseExportRow(caseFile, exportColumns(caseExportColumns, false), '2026-11-23');
    expect(plain).toContain('AL1234567');
    expect(row).not.toContain('AL1234567');
  });

  it('gives one person the same pseudonyms in two chunks of one export', () => {
    const pseudonymiser = createPseudonymiser(keyA);
    const chunkOne = caseExportRow(caseFile, columns, '2026-11-23', pseudonymiser);
    const chunkTwo = caseExportRow(structuredClone(caseFile), columns, '2026-11-23', pseudonymiser);
    expect(chunkTwo).toEqual(chunkOne);
    expect(caseExportRow(caseFile, columns, '2026-11-23', createPseudonymiser(keyB))).not.toEqual(chunkOne);
  });
});
