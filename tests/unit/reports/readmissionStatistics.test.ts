import { describe, expect, it } from 'vitest';
import { readmissionStatistics } from '../../../shared/reports';
import { buildCaseFile, buildReadmissionRequest } from '../arbitraries/caseFileBuilder';

const period = { from: '2026-10-01', to: '2026-11-30' };

describe('readmissionStatistics per requested state (domain.md §5(e))', () => {
  const caseFile = buildCaseFile({
    readmissionRequests: [
      buildReadmissionRequest({ status: 'ACCEPTED', sentOn: '2026-10-01', receivedOn: '2026-10-02', reply: { outcome: 'accepted', receivedOn: '2026-10-08' } }),
      buildReadmissionRequest({ status: 'EXECUTED', sentOn: '2026-10-05', receivedOn: '2026-10-06', reply: { outcome: 'accepted', receivedOn: '2026-10-16' } }),
      buildReadmissionRequest({
        status: 'REJECTED',
        sentOn: '2026-10-10',
        receivedOn: '2026-10-11',
        reply: { outcome: 'rejected', receivedOn: '2026-10-15', reasons: 'Not a national' },
      }),
      buildReadmissionRequest({ status: 'DEEMED_ACCEPTED', sentOn: '2026-10-12', receivedOn: '2026-10-13', deemedAcceptedOn: '2026-10-28' }),
      // Silent past the 14 days, not yet recorded as deemed accepted: overdue for recording.
      buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-01', receivedOn: '2026-11-02' }),
      // Within the reply period.
      buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-20', receivedOn: '2026-11-21' }),
      // Sent before the period: not in the cohort.
      buildReadmissionRequest({ status: 'SENT', sentOn: '2026-09-01', receivedOn: '2026-09-02' }),
      buildReadmissionRequest({
        agreementId: 'benelux_kosovo',
        requestedState: 'XK',
        status: 'INFO_REQUESTED',
        sentOn: '2026-11-03',
        receivedOn: '2026-11-04',
        reply: { outcome: 'info_requested', receivedOn: '2026-11-10' },
      }),
    ],
  });

  it('counts each outcome and the median reply days from receipt to an explicit reply', () => {
    const rows = readmissionStatistics([caseFile], period, '2026-11-23');
    expect(rows).toEqual([
      {
        requestedState: 'AL',
        sent: 6,
        accepted: 2,
        deemedAccepted: 1,
        rejected: 1,
        pending: 1,
        overdue: 1,
        withdrawn: 0,
        medianReplyDays: 6,
        acceptanceRate: 0.75,
      },
      {
        requestedState: 'XK',
        sent: 1,
        accepted: 0,
        deemedAccepted: 0,
        rejected: 0,
        pending: 1,
        overdue: 0,
        withdrawn: 0,
        medianReplyDays: 6,
        acceptanceRate: undefined,
      },
    ]);
  });

  it('ignores training cases', () => {
    expect(readmissionStatistics([{ ...caseFile, training: true }], period, '2026-11-23')).toEqual([]);
  });
});
