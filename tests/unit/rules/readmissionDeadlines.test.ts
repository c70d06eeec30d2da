import { describe, expect, it } from 'vitest';
import type { ReadmissionRequest } from '../../../shared/model';
import {
  readmissionAcceptedOn,
  readmissionReplyDeadline,
  readmissionReplyStatus,
  readmissionTransferWindowDeadline,
  laissezPasserDeadline,
  thirdCountryNationalRequestDeadline,
  wrongfulReadmissionDeadline,
} from '../../../shared/rules';
import { buildReadmissionRequest, testMeta } from '../arbitraries/caseFileBuilder';

// 20 November 2026 is a Friday.
const friday = '2026-11-20';

function sentToAlbania(overrides: Partial<ReadmissionRequest> = {}): ReadmissionRequest {
  return buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-19', receivedOn: friday, sendCount: 1, ...overrides });
}

describe('readmissionReplyStatus (EC–Albania RA Art. 10: 14 calendar days, silence = acceptance)', () => {
  it.each([
    ['2026-11-20', 'awaiting_reply', undefined],
    ['2026-12-04', 'awaiting_reply', undefined], // last day of the 14 calendar days (weekends count)
    ['2026-12-05', 'deemed_accepted', '2026-12-05'], // the day after expiry
    ['2027-01-10', 'deemed_accepted', '2026-12-05'],
  ])('request received on Friday %s… as of %s: %s', (today, state, deemedAcceptedOn) => {
    const status = readmissionReplyStatus(sentToAlbania(), today);
    expect(status.state).toBe(state);
    if (status.state === 'awaiting_reply' || status.state === 'deemed_accepted') expect(status.dueDate).toBe('2026-12-04');
    if (status.state === 'deemed_accepted') expect(status.deemedAcceptedOn).toBe(deemedAcceptedOn);
  });

  it('a reply within the period is the answer (EC–Albania RA Art. 10)', () => {
    const request = sentToAlbania({ reply: { outcome: 'rejected', receivedOn: '2026-12-01', reasons: 'Not an Albanian national' } });
    expect(readmissionReplyStatus(request, '2026-12-20')).toMatchObject({ state: 'replied', outcome: 'rejected', repliedOn: '2026-12-01' });
  });

  it('a late reply does not undo the deemed acceptance', () => {
    const request = sentToAlbania({ reply: { outcome: 'rejected', receivedOn: '2026-12-10', reasons: 'Late' } });
    expect(readmissionReplyStatus(request, '2026-12-20')).toMatchObject({ state: 'deemed_accepted', deemedAcceptedOn: '2026-12-05' });
  });

  it('no clock before receipt, nor for a draft or withdrawn request', () => {
    expect(readmissionReplyStatus(buildReadmissionRequest({ status: 'DRAFT' }), friday).state).toBe('not_received');
    expect(readmissionReplyStatus(sentToAlbania({ receivedOn: undefined }), friday).state).toBe('not_received');
    expect(readmissionReplyStatus(sentToAlbania({ status: 'WITHDRAWN' }), '2027-01-01').state).toBe('not_received');
  });

  it('a recorded deemed acceptance is reported as such', () => {
    expect(readmissionReplyStatus(sentToAlbania({ status: 'DEEMED_ACCEPTED', deemedAcceptedOn: '2026-12-05' }), '2026-12-06')).toMatchObject({
      state: 'deemed_accepted',
      deemedAcceptedOn: '2026-12-05',
    });
  });

  it('a request to a state without an agreement has no reply clock', () => {
    expect(readmissionReplyStatus(sentToAlbania({ agreementId: 'none', requestedState: 'MA' }), friday).state).toBe('no_agreement');
  });

  it('an accelerated request uses the standard period where the agreement has no accelerated one (none confirmed for Albania)', () => {
    expect(readmissionReplyDeadline(sentToAlbania({ procedure: 'accelerated' }), '2026-11-23')?.dueDate).toBe('2026-12-04');
  });

  it('Benelux–Kosovo: the same mechanism, marked unverified', () => {
    const request = sentToAlbania({ agreementId: 'benelux_kosovo', requestedState: 'XK' });
    const deadline = readmissionReplyDeadline(request, '2026-11-23');
    expect(deadline).toMatchObject({ dueDate: '2026-12-04', verified: false, counting: 'calendar' });
  });
});

describe('readmission deadlines', () => {
  it.each([
    ['2026-11-26', 'running'], // 6 of 14 days elapsed, 8 left
    ['2026-11-27', 'due_soon'], // 7 days left: the office's 7-day window (deadlinePolicy)
    ['2026-12-01', 'due_soon'], // 11 of 14: past 75%
    ['2026-12-05', 'met'], // silence: deemed accepted the day after expiry
  ])('reply deadline as of %s is %s', (asOf, state) => {
    const deadline = readmissionReplyDeadline(sentToAlbania(), asOf);
    expect(deadline).toMatchObject({
      kind: 'readmission_reply',
      startDate: friday,
      dueDate: '2026-12-04',
      state,
      legalBasis: expect.stringContaining('Art. 10'),
    });
    expect(deadline?.consequence?.text).toContain('counts as accepted');
  });

  it('transfer within 3 months of (deemed) acceptance, extended by obstacles (EC–Albania RA Art. 10)', () => {
    const request = sentToAlbania();
    expect(readmissionAcceptedOn(request, '2026-12-10')).toBe('2026-12-05');
    expect(readmissionTransferWindowDeadline(request, '2026-12-10')?.dueDate).toBe('2027-03-05');
    const withObstacle = sentToAlbania({
      transferObstacles: [
        { description: 'Hospitalised', from: '2027-01-10', to: '2027-01-19' },
        { description: 'Flight cancelled', from: '2027-01-15', to: '2027-01-20' },
      ],
    });
    // Obstacles 10–20 Jan merged: 11 days.
    expect(readmissionTransferWindowDeadline(withObstacle, '2027-02-01')?.dueDate).toBe('2027-03-16');
  });

  it('transfer window overdue when not executed in time', () => {
    const request = sentToAlbania({ reply: { outcome: 'accepted', receivedOn: '2026-11-25' } });
    expect(readmissionTransferWindowDeadline(request, '2027-02-26')?.state).toBe('overdue');
    expect(readmissionTransferWindowDeadline({ ...request, executedOn: '2027-02-01' }, '2027-02-26')?.state).toBe('met');
  });

  it('wrongful readmission: 3 months after transfer (EC–Albania RA Art. 12)', () => {
    const request = sentToAlbania({ executedOn: '2027-01-15' });
    expect(wrongfulReadmissionDeadline(request, '2027-01-20')).toMatchObject({ dueDate: '2027-04-15', nature: 'expiry', state: 'running' });
  });

  it('laissez-passer: use before the printed expiry', () => {
    const request = sentToAlbania({
      travelDocument: { kind: 'laissez_passer', number: 'LP-1', issuer: 'Embassy of Albania', issuedOn: '2026-12-10', validUntil: '2027-06-10' },
    });
    expect(laissezPasserDeadline(request, '2027-01-01')).toMatchObject({ dueDate: '2027-06-10', state: 'running' });
  });

  it('third-country national: request within 1 year of learning of the irregular stay (EC–Albania RA Art. 10)', () => {
    const request = sentToAlbania({ subject: 'third_country_national', sentOn: undefined, receivedOn: undefined, status: 'DRAFT' });
    const residency = [{ ...testMeta(), status: 'irregular_stay' as const, from: '2026-01-01', irregularStayKnownOn: '2026-02-15' }];
    expect(thirdCountryNationalRequestDeadline({ residencyHistory: residency }, request, '2026-12-20')).toMatchObject({
      dueDate: '2027-02-15',
      state: 'due_soon',
    });
    expect(thirdCountryNationalRequestDeadline({ residencyHistory: residency }, buildReadmissionRequest(), '2026-12-20')).toBeUndefined();
  });
});
