import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseMatchesFigure, createCustodyTransferAccumulator, createDashboardAccumulator, type FigureKey } from '../../../../shared/reports';
import { custodyRow } from '../../../../renderer/src/features/reports/custodyTables';
import { dashboardTables } from '../../../../renderer/src/features/reports/dashboardTables';
import { formatsFor } from '../../../../renderer/src/ui/format/formats';
import { generateCases } from '../../../bench/caseGenerator';
import { appI18next } from '../../i18n/appI18next';

/** Figures that count cases (one per case), not records: their number must equal the cases the link lists. */
function countsCases(key: FigureKey): boolean {
  switch (key.figure) {
    case 'returnRate':
    case 'departure':
    case 'pending':
    case 'vulnerable':
    case 'custodyTransfer':
      return true;
    case 'detention':
      return key.measure === 'detainedOn';
    case 'deadlines':
      return key.kind === undefined;
    default:
      return false;
  }
}

const cases = generateCases(0, 400, 11);
const period = { from: '2020-01-01', to: '2026-11-30' };
const asOf = '2026-11-30';
let t: TFunction;

beforeAll(async () => {
  t = (await appI18next()).getFixedT('en');
});

describe('every count of the dashboard links to exactly its cases', () => {
  it('a case-counting cell’s number is the number of cases its figure key selects', () => {
    const accumulator = createDashboardAccumulator(period, asOf);
    accumulator.add(cases);
    const tables = dashboardTables(accumulator.result(), { t, formats: formatsFor('en-GB', t) });
    let checked = 0;
    for (const table of tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (!cell.link || !countsCases(cell.link.key)) continue;
          const key = cell.link.key;
          const matching = cases.filter((caseFile) => caseMatchesFigure(caseFile, key, { period, asOf })).length;
          expect({ table: table.id, row: row.id, text: cell.text }).toEqual({ table: table.id, row: row.id, text: matching.toLocaleString('en-GB') });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('every table has a caption, a row heading and a header per cell', () => {
    const accumulator = createDashboardAccumulator(period, asOf);
    accumulator.add(cases);
    for (const table of dashboardTables(accumulator.result(), { t, formats: formatsFor('en-GB', t) })) {
      expect(table.caption).not.toMatch(/^reports\./);
      expect(table.rowHeading).not.toBe('');
      for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
    }
  });

  it('the custody overview’s total row links every measure to its cases', () => {
    const accumulator = createCustodyTransferAccumulator(asOf);
    accumulator.add(cases);
    const row = custodyRow({ t, formats: formatsFor('en-GB', t) }, accumulator.result().total, true);
    expect(row.header).toBe('All nationalities');
    for (const cell of row.cells) {
      const key = cell.link?.key;
      if (!key) throw new Error('A count without its link');
      expect(cell.text).toBe(cases.filter((caseFile) => caseMatchesFigure(caseFile, key, { period, asOf })).length.toLocaleString('en-GB'));
    }
  });
});
