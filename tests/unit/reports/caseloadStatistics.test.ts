import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { deadlineStatistics, departureCompliance, pendingCasesByStage, sentenceTransferStatistics, vulnerableShare } from '../../../shared/reports';
import { buildCaseFile, buildChild, buildOrderToLeave, buildReturnOperation, buildVulnerability, testMeta } from '../arbitraries/caseFileBuilder';

const asOf = '2026-11-23';

describe('pendingCasesByStage: open cases by stage and age since opening', () => {
  it('bands ages and leaves closed and training cases out', () => {
    const rows = pendingCasesByStage(
      [
        buildCaseFile({ stage: 'INTAKE', openedOn: '2026-11-20' }),
        buildCaseFile({ stage: 'INTAKE', openedOn: '2026-06-01' }),
        buildCaseFile({ stage: 'SUSPENDED', openedOn: '2025-01-01' }),
        buildCaseFile({ stage: 'CLOSED', openedOn: '2026-01-01' }),
        buildCaseFile({ stage: 'INTAKE', openedOn: '2026-11-01', training: true }),
      ],
      asOf,
    );
    expect(rows).toEqual([
      { stage: 'INTAKE', open: 2, byAge: { up_to_30_days: 1, up_to_90_days: 0, up_to_180_days: 1, up_to_365_days: 0, over_365_days: 0 }, oldestAgeDays: 175 },
      {
        stage: 'SUSPENDED',
        open: 1,
        byAge: { up_to_30_days: 0, up_to_90_days: 0, up_to_180_days: 0, up_to_365_days: 0, over_365_days: 1 },
        oldestAgeDays: 691,
      },
    ]);
  });
});

describe('deadlineStatistics: overdue and due within the reference window (7 days)', () => {
  it("counts a detention title ending within 7 days; the voluntary departure period (the person's, not office work) is left out", () => {
    const dueSoon = buildCaseFile({ stage: 'RETURN_DECISION', decisions: [buildOrderToLeave({ notifiedOn: '2026-10-27', departureDays: 30 })] });
    const statistics = deadlineStatistics([dueSoon], asOf);
    expect(statistics.windowDays).toBe(7);
    // The voluntary departure period is the person's and simply ends: it is not office work, so it is not listed.
    expect(statistics.byKind.find((row) => row.kind === 'voluntary_departure')).toBeUndefined();
    const detained = buildCaseFile({
      stage: 'DETAINED',
      detentionPeriods: [{ ...testMeta(), centre: '127bis', detentionType: 'return', publicOrder: false, titleNumber: 1, startedOn: '2026-09-25' }],
    });
    const detentionStats = deadlineStatistics([detained], asOf);
    expect(detentionStats.casesWithDueWithinWindow).toBe(1);
    expect(detentionStats.byKind).toEqual([{ kind: 'detention_title', overdue: 0, dueWithinWindow: 1 }]);
  });
});

describe('sentenceTransferStatistics: by outcome and consent', () => {
  it('counts requests sent in the period', () => {
    const transfers = (status: 'requested' | 'refused' | 'transferred', withoutConsent: boolean, requestSentOn: string): CaseFile =>
      buildCaseFile({
        sentenceTransfers: [
          { ...testMeta(), instrument: withoutConsent ? 'BE_AL_2010' : 'ETS_112', administeringState: 'AL', withoutConsent, status, requestSentOn },
        ],
      });
    const statistics = sentenceTransferStatistics(
      [
        transfers('transferred', true, '2026-03-01'),
        transfers('refused', false, '2026-04-01'),
        transfers('requested', true, '2026-05-01'),
        transfers('transferred', true, '2025-05-01'),
      ],
      { from: '2026-01-01', to: '2026-12-31' },
    );
    expect(statistics).toEqual({
      requested: 3,
      byOutcome: { assessing: 0, requested: 1, accepted: 0, refused: 1, transferred: 1, withdrawn: 0 },
      byConsent: { withConsent: 1, withoutConsent: 2 },
      byInstrument: { BE_AL_2010: 2, ETS_112: 1 },
      transferred: 1,
    });
  });
});

describe('vulnerableShare (RD Art. 3(9) and other vulnerabilities)', () => {
  it('counts open cases with a current vulnerability and families with minor children', () => {
    const statistics = vulnerableShare(
      [
        buildCaseFile({ vulnerabilities: [buildVulnerability('pregnant_woman')], familyLinks: [buildChild()] }),
        buildCaseFile({ vulnerabilities: [{ ...buildVulnerability('minor'), endedOn: '2026-01-01' }] }),
        buildCaseFile(),
        buildCaseFile({ stage: 'CLOSED', vulnerabilities: [buildVulnerability('elderly_person')] }),
      ],
      asOf,
    );
    expect(statistics).toEqual({ openCases: 3, vulnerableCases: 1, share: 1 / 3, byCategory: { pregnant_woman: 1 }, withMinorChildren: 1 });
  });
});

describe('departureCompliance', () => {
  it('shares of persons who left within their departure period', () => {
    const order = buildOrderToLeave({ notifiedOn: '2026-09-01', departureDays: 30 });
    const statistics = departureCompliance(
      [
        buildCaseFile({ decisions: [order], returnOperation: buildReturnOperation({ kind: 'voluntary', departedAt: '2026-09-20T08:00:00.000Z' }) }),
        buildCaseFile({ decisions: [buildOrderToLeave({ notifiedOn: '2026-09-01', departureDays: 30 })] }),
        buildCaseFile({ stage: 'ABSCONDED', decisions: [buildOrderToLeave({ notifiedOn: '2026-09-01', departureDays: 0 })] }),
      ],
      { from: '2026-09-01', to: '2026-10-31' },
      asOf,
    );
    expect(statistics).toEqual({ periodsEnded: 2, leftInTime: 1, complianceRate: 0.5, absconded: 1, suspended: 0 });
  });
});
