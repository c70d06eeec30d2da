import { describe, expect, it } from 'vitest';
import { detentionStatistics } from '../../../shared/reports';
import { buildCaseFile, buildDetentionPeriod, buildReturnOperation } from '../arbitraries/caseFileBuilder';

const period = { from: '2026-01-01', to: '2026-12-31' };

describe('detentionStatistics (domain.md §5(e))', () => {
  const refusedOnce = buildCaseFile({
    detentionPeriods: [
      buildDetentionPeriod({ startedOn: '2026-03-01', endedOn: '2026-04-10', endReason: 'new_title_after_refusal_to_board' }),
      buildDetentionPeriod({ startedOn: '2026-04-10', endedOn: '2026-05-20', endReason: 'removed', titleNumber: 2 }),
    ],
    returnOperation: buildReturnOperation({
      attempts: [
        { at: '2026-04-10T05:00:00.000Z', outcome: 'refused_to_board' },
        { at: '2026-05-20T05:00:00.000Z', outcome: 'departed' },
      ],
    }),
  });
  const releasedAtMaximum = buildCaseFile({
    detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-01-10', endedOn: '2026-06-10', endReason: 'released_at_maximum' })],
  });
  const stillDetained = buildCaseFile({ detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-11-01' })] });

  it('joins titles restarted after a refusal to board into one episode and counts releases at the maximum', () => {
    const statistics = detentionStatistics([refusedOnce, releasedAtMaximum, stillDetained], period, '2026-11-23');
    expect(statistics).toEqual({
      episodesEnded: 2,
      // 1 Mar → 20 May = 81 days; 10 Jan → 10 Jun = 152 days (both ends counted).
      medianLengthDays: (81 + 152) / 2,
      meanLengthDays: (81 + 152) / 2,
      maximumLengthDays: 152,
      byEndReason: { removed: 1, released_at_maximum: 1 },
      releasesAtMaximum: 1,
      refusalsToBoard: 1,
      detainedOn: 1,
    });
  });

  it('has no lengths to report without episodes', () => {
    expect(detentionStatistics([], period, '2026-11-23')).toMatchObject({ episodesEnded: 0, medianLengthDays: undefined, meanLengthDays: undefined });
  });
});
