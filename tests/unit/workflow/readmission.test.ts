import { describe, expect, it } from 'vitest';
import type { CaseFile, ReadmissionRequest } from '../../../shared/model';
import { readmissionTransitions } from '../../../shared/workflow';
import {
  buildCaseFile,
  buildDocument,
  buildNationality,
  buildReadmissionRequest,
  buildReturnOperation,
  caseworker,
  testMeta,
} from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, unmetIds } from './workflowTestKit';

const passportCopy = buildDocument({ type: 'passport', form: 'copy', evidenceClass: 'prima_facie', issuingCountry: 'AL' });

function withRequest(request: Partial<ReadmissionRequest>, overrides: Partial<CaseFile> = {}): { caseFile: CaseFile; requestId: string } {
  const built = buildReadmissionRequest({ evidenceDocumentIds: [passportCopy.id], ...request });
  return {
    caseFile: buildCaseFile({
      stage: 'FORCED_PREP',
      nationalities: [buildNationality('AL', 'prima_facie')],
      documents: [passportCopy],
      readmissionRequests: [built],
      ...overrides,
    }),
    requestId: built.id,
  };
}

function requestOf(caseFile: CaseFile): ReadmissionRequest | undefined {
  return caseFile.readmissionRequests[0];
}

describe('draftReadmissionRequest: an agreement with the requested state and evidence of nationality (domain.md §5(c) READM)', () => {
  const base = buildCaseFile({
    stage: 'FORCED_PREP',
    nationalities: [buildNationality('AL', 'prima_facie'), buildNationality('BR', 'proven'), buildNationality('MA', 'claimed')],
    documents: [passportCopy],
  });
  it.each<[string, Record<string, unknown>, string[]]>([
    ['Albania, own national with prima facie evidence (EU–Albania RA)', { requestedState: 'AL', subject: 'own_national' }, []],
    ['Kosovo, a third-country national who came directly (Benelux–Kosovo)', { requestedState: 'XK', subject: 'third_country_national' }, []],
    ['Brazil: no readmission agreement in the reference data', { requestedState: 'BR', subject: 'own_national' }, ['agreement_exists']],
    [
      'Albania, accelerated procedure: the agreement has none',
      { requestedState: 'AL', subject: 'own_national', procedure: 'accelerated' },
      ['accelerated_procedure'],
    ],
  ])('%s', (_label, input, expected) => {
    const result = run('draftReadmissionRequest', base, caseworker, input);
    expect(unmetIds(result)).toEqual(expected);
    if (expected.length === 0) expect(requestOf(succeeded(result))).toMatchObject({ status: 'DRAFT', agreementId: expect.any(String) });
  });

  it('refuses an own-national request when that nationality is only claimed (EU–Albania RA Art. 9)', () => {
    const claimed = buildCaseFile({ stage: 'FORCED_PREP', nationalities: [buildNationality('AL', 'claimed')] });
    expect(unmetIds(run('draftReadmissionRequest', claimed, caseworker, { requestedState: 'AL', subject: 'own_national' }))).toEqual(['nationality_evidence']);
  });
});

describe('sendReadmissionRequest: the file must be complete (Benelux protocol: form, photo, fingerprints, copies)', () => {
  it('sends a complete draft', () => {
    const { caseFile, requestId } = withRequest({});
    const sent = succeeded(run('sendReadmissionRequest', caseFile, caseworker, { requestId, sentOn: '2026-11-23' }));
    expect(requestOf(sent)).toMatchObject({ status: 'SENT', sentOn: '2026-11-23', sendCount: 1 });
  });

  it('names every missing attachment and missing evidence', () => {
    const { caseFile, requestId } = withRequest({
      attachments: { requestForm: true, photo: false, fingerprints: false, documentCopies: true },
      evidenceDocumentIds: [],
    });
    const result = run('sendReadmissionRequest', caseFile, caseworker, { requestId, sentOn: '2026-11-23' });
    expect(unmetIds(result)).toEqual(['request_attachments', 'request_evidence']);
    expect(result.ok ? '' : result.failure.unmet[0]?.message).toContain('a colour photo and a set of fingerprints');
  });

  it('a third-country national request past the 1-year limit from knowledge of the irregular stay is refused (EU–Albania RA Art. 10)', () => {
    const { caseFile, requestId } = withRequest(
      { subject: 'third_country_national' },
      { residencyHistory: [{ ...testMeta(), status: 'irregular_stay', from: '2025-01-01', irregularStayKnownOn: '2025-06-01' }] },
    );
    expect(unmetIds(run('sendReadmissionRequest', caseFile, caseworker, { requestId, sentOn: '2026-11-23' }))).toEqual(['third_country_national_limit']);
  });

  it('a third-country national request without the date the irregular stay became known is refused (unknown is not in time)', () => {
    const { caseFile, requestId } = withRequest({ subject: 'third_country_national' });
    expect(unmetIds(run('sendReadmissionRequest', caseFile, caseworker, { requestId, sentOn: '2026-11-23' }))).toEqual(['third_country_national_limit']);
  });
});

describe('deemed acceptance: silence for 14 calendar days after receipt is acceptance (EU–Albania RA Art. 10(2))', () => {
  // Received on Friday 6 November 2026: the last day to reply is Friday 20 November.
  const { caseFile, requestId } = withRequest({ status: 'SENT', sentOn: '2026-11-05', receivedOn: '2026-11-06', sendCount: 1 });

  it.each<[string, Date, string[]]>([
    ['on the last day to reply (Fri 20 Nov): not yet', new Date('2026-11-20T15:00:00.000Z'), ['reply_period_over']],
    ['at 23:30 in Brussels on the last day (22:30 UTC): still the 20th', new Date('2026-11-20T22:30:00.000Z'), ['reply_period_over']],
    ['at 00:30 in Brussels on 21 Nov (23:30 UTC on the 20th): deemed accepted', new Date('2026-11-20T23:30:00.000Z'), []],
    ['the day after (Sat 21 Nov): deemed accepted', new Date('2026-11-21T09:00:00.000Z'), []],
    ['Monday 23 Nov: deemed accepted from 21 Nov', new Date('2026-11-23T09:00:00.000Z'), []],
  ])('%s', (_label, at, expected) => {
    const result = run('markReadmissionDeemedAccepted', caseFile, caseworker, { requestId }, at);
    expect(unmetIds(result)).toEqual(expected);
    if (expected.length === 0) expect(requestOf(succeeded(result))).toMatchObject({ status: 'DEEMED_ACCEPTED', deemedAcceptedOn: '2026-11-21' });
  });

  it('needs the receipt date: the period runs from receipt', () => {
    const notReceived = withRequest({ status: 'SENT', sentOn: '2026-11-05', sendCount: 1 });
    expect(unmetIds(run('markReadmissionDeemedAccepted', notReceived.caseFile, caseworker, { requestId: notReceived.requestId }))).toEqual([
      'receipt_recorded',
    ]);
  });
});

describe('replies and the transfer window (EU–Albania RA Art. 10: 3 months, extended by obstacles)', () => {
  it('a rejection must carry the reasons given', () => {
    const { caseFile, requestId } = withRequest({ status: 'SENT', sentOn: '2026-11-05', receivedOn: '2026-11-06', sendCount: 1 });
    const result = run('recordReadmissionReply', caseFile, caseworker, { requestId, outcome: 'rejected', receivedOn: '2026-11-12' });
    expect(unmetIds(result)).toEqual(['rejection_reasons']);
    expectExplained(result);
    expect(
      requestOf(
        succeeded(
          run('recordReadmissionReply', caseFile, caseworker, {
            requestId,
            outcome: 'rejected',
            receivedOn: '2026-11-12',
            reasons: 'Not an Albanian national',
          }),
        ),
      )?.status,
    ).toBe('REJECTED');
  });

  it('information requested, then sent again', () => {
    const { caseFile, requestId } = withRequest({ status: 'SENT', sentOn: '2026-11-05', receivedOn: '2026-11-06', sendCount: 1 });
    const asked = succeeded(
      run('recordReadmissionReply', caseFile, caseworker, {
        requestId,
        outcome: 'info_requested',
        receivedOn: '2026-11-10',
        reasons: 'Send the birth certificate',
      }),
    );
    expect(requestOf(asked)?.status).toBe('INFO_REQUESTED');
    const resent = succeeded(run('sendReadmissionRequest', asked, caseworker, { requestId, sentOn: '2026-11-12' }));
    expect(requestOf(resent)).toMatchObject({ status: 'SENT', sendCount: 2 });
  });

  const accepted = (obstacles: ReadmissionRequest['transferObstacles'] = []) =>
    withRequest({
      status: 'ACCEPTED',
      sentOn: '2026-07-01',
      receivedOn: '2026-07-02',
      reply: { outcome: 'accepted', receivedOn: '2026-07-10' },
      transferObstacles: obstacles,
      sendCount: 1,
    });

  it('a travel document after the transfer window (10 Jul + 3 months) is refused; an obstacle extends the window', () => {
    const travelDocument = { kind: 'laissez_passer', number: 'LP-1', issuer: 'Embassy of Albania', issuedOn: '2026-11-20', validUntil: '2027-05-20' };
    const late = accepted();
    expect(unmetIds(run('recordTravelDocument', late.caseFile, caseworker, { requestId: late.requestId, travelDocument }))).toEqual(['transfer_window_open']);
    const extended = accepted([{ description: 'Hospitalised', from: '2026-09-01', to: '2026-10-31' }]);
    expect(requestOf(succeeded(run('recordTravelDocument', extended.caseFile, caseworker, { requestId: extended.requestId, travelDocument })))?.status).toBe(
      'TD_ISSUED',
    );
  });

  it('the window can be marked expired only once it is over', () => {
    const late = accepted();
    expect(requestOf(succeeded(run('markTransferWindowExpired', late.caseFile, caseworker, { requestId: late.requestId })))?.status).toBe(
      'TRANSFER_WINDOW_EXPIRED',
    );
    const recent = withRequest({ status: 'ACCEPTED', reply: { outcome: 'accepted', receivedOn: '2026-11-10' }, receivedOn: '2026-11-02', sendCount: 1 });
    expect(unmetIds(run('markTransferWindowExpired', recent.caseFile, caseworker, { requestId: recent.requestId }))).toEqual(['transfer_window_expired']);
  });

  it('execution needs the departure recorded', () => {
    const { caseFile, requestId } = withRequest({ status: 'TD_ISSUED', reply: { outcome: 'accepted', receivedOn: '2026-11-10' } });
    expect(unmetIds(run('markReadmissionExecuted', caseFile, caseworker, { requestId, executedOn: '2026-11-23' }))).toEqual(['departure_recorded']);
    const departed = { ...caseFile, stage: 'REMOVED' as const, returnOperation: buildReturnOperation({ departedAt: '2026-11-23T06:50:00.000+01:00' }) };
    expect(requestOf(succeeded(run('markReadmissionExecuted', departed, caseworker, { requestId, executedOn: '2026-11-23' })))?.status).toBe('EXECUTED');
  });

  it('a step that does not follow the sub-machine is refused with the status it needs', () => {
    const { caseFile, requestId } = withRequest({ status: 'DRAFT' });
    const result = run('recordReadmissionReply', caseFile, caseworker, { requestId, outcome: 'accepted', receivedOn: '2026-11-20' });
    expect(unmetIds(result)).toEqual(['readmission_request_status']);
    expect(result.ok ? '' : result.failure.unmet[0]?.message).toContain('The readmission request is draft');
  });
});

describe('readmissionTransitions (the sub-machine as data)', () => {
  it('ends in EXECUTED, TRANSFER_WINDOW_EXPIRED, REJECTED or WITHDRAWN', () => {
    const finals = Object.entries(readmissionTransitions)
      .filter(([, next]) => next.length === 0)
      .map(([status]) => status)
      .sort();
    expect(finals).toEqual(['EXECUTED', 'REJECTED', 'TRANSFER_WINDOW_EXPIRED', 'WITHDRAWN']);
    expect(readmissionTransitions.INFO_REQUESTED).toContain('SENT');
    expect(readmissionTransitions.SENT).toEqual(expect.arrayContaining(['ACCEPTED', 'DEEMED_ACCEPTED', 'REJECTED', 'INFO_REQUESTED']));
  });
});
