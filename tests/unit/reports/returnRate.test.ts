import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { returnRate } from '../../../shared/reports';
import { buildCaseFile, buildNationality, buildOrderToLeave, buildReturnOperation } from '../arbitraries/caseFileBuilder';

const period = { from: '2026-01-01', to: '2026-06-30' };
const asOf = '2026-11-23';

function decided(on: string, country: string, office: string, departedAt?: string, kind: 'voluntary' | 'forced' = 'forced', training = false): CaseFile {
  return buildCaseFile({
    office,
    training,
    route: kind,
    nationalities: [buildNationality(country, 'proven')],
    decisions: [buildOrderToLeave({ decidedOn: on, notifiedOn: on })],
    ...(departedAt === undefined ? {} : { returnOperation: buildReturnOperation({ kind, departedAt }) }),
  });
}

const caseload: CaseFile[] = [
  decided('2026-02-01', 'AL', 'BRU', '2026-03-01T08:00:00.000Z', 'voluntary'),
  decided('2026-03-01', 'AL', 'BRU', '2026-09-01T08:00:00.000Z', 'forced'),
  decided('2026-04-01', 'AL', 'ANR'),
  decided('2026-05-01', 'XK', 'ANR', '2026-05-20T08:00:00.000Z', 'voluntary'),
  // Decided and departed after the period: outside both the cohort and the flow.
  decided('2026-08-01', 'XK', 'BRU', '2026-08-15T08:00:00.000Z', 'forced'),
  // Training cases never count.
  decided('2026-02-01', 'AL', 'BRU', '2026-02-10T08:00:00.000Z', 'voluntary', true),
  // Decided in 2025, left in the period: counts only in the flow figure.
  decided('2025-11-01', 'AL', 'BRU', '2026-01-15T08:00:00.000Z', 'forced'),
];

describe('returnRate: effective returns ÷ return decisions, cohort by decision date (domain.md §5(e))', () => {
  it('over the whole caseload', () => {
    expect(returnRate(caseload, period, asOf)).toEqual([
      { group: 'all', returnDecisions: 4, effectiveReturns: 3, voluntaryReturns: 2, forcedReturns: 1, returnRate: 0.75, returnsInPeriod: 3 },
    ]);
  });

  it('by nationality', () => {
    const rows = returnRate(caseload, period, asOf, 'nationality');
    expect(rows.map((row) => [row.group, row.returnDecisions, row.effectiveReturns, row.returnRate])).toEqual([
      ['AL', 3, 2, 2 / 3],
      ['XK', 1, 1, 1],
    ]);
  });

  it('by office', () => {
    expect(returnRate(caseload, period, asOf, 'office').map((row) => [row.group, row.returnDecisions, row.effectiveReturns])).toEqual([
      ['ANR', 2, 1],
      ['BRU', 2, 2],
    ]);
  });

  it('a return known only after the report date does not count yet', () => {
    const [all] = returnRate(caseload, period, '2026-06-30');
    expect(all?.effectiveReturns).toBe(2);
  });

  it('no decisions gives no rate, not 0', () => {
    expect(returnRate([], period, asOf)).toEqual([]);
    expect(returnRate([decided('2026-08-01', 'AL', 'BRU')], period, asOf)).toEqual([]);
  });
});
