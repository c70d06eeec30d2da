import { describe, expect, it } from 'vitest';
import type { CaseFile, DublinRequest, SentenceTransfer } from '../../../shared/model';
import {
  caseDeadlines,
  cumulativeDetentionDeadline,
  detentionDeadline,
  detentionSchedule,
  dublinTransferDeadline,
  fd2008909TransferDeadlines,
  nextDeadline,
  nextDeadlineDate,
  sentenceDeadlines,
  voluntaryDepartureDeadline,
} from '../../../shared/rules';
import {
  buildCaseFile,
  buildCustody,
  buildDetentionPeriod,
  buildOrderToLeave,
  buildReadmissionRequest,
  buildReturnOperation,
  nextTestId,
  testMeta,
} from '../arbitraries/caseFileBuilder';

function dublinRequest(overrides: Partial<DublinRequest> = {}): DublinRequest {
  return {
    ...testMeta(),
    memberState: 'DE',
    regime: 'dublin_iii',
    requestType: 'take_back',
    applicationLodgedOn: '2026-01-10',
    status: 'accepted',
    acceptedOn: '2026-03-01',
    extension: 'none',
    ...overrides,
  };
}

describe('voluntary departure (Aliens Act Art. 74/14)', () => {
  it.each([
    [30, '2026-11-02', '2026-12-02', '2026-11-23', 'running'],
    [30, '2026-11-02', '2026-12-02', '2026-11-25', 'due_soon'],
    // Ended unused: a state to flag ("forced return may be prepared"), never "met" (issue 11; Aliens Act Art. 74/14, RD Art. 8(1)).
    [7, '2026-11-02', '2026-11-09', '2026-11-23', 'ended'],
  ])('%i days from %s end on %s (as of %s: %s)', (departureDays, notifiedOn, due, asOf, state) => {
    const caseFile = buildCaseFile({ decisions: [buildOrderToLeave({ departureDays, notifiedOn })] });
    expect(voluntaryDepartureDeadline(caseFile, asOf)).toMatchObject({
      dueDate: due,
      state,
      counting: 'calendar',
      legalBasis: expect.stringContaining('74/14'),
    });
  });
  it('an order granting no period has no timer', () => {
    expect(
      voluntaryDepartureDeadline(
        buildCaseFile({ decisions: [buildOrderToLeave({ departureDays: 0, shortenedPeriodGrounds: ['risk_of_absconding'] })] }),
        '2026-11-23',
      ),
    ).toBeUndefined();
  });
  it('an extension replaces the end date', () => {
    const caseFile = buildCaseFile({ decisions: [buildOrderToLeave({ departurePeriodExtendedUntil: '2026-12-20' })] });
    expect(voluntaryDepartureDeadline(caseFile, '2026-11-23')?.dueDate).toBe('2026-12-20');
  });
});

describe('detention (domain.md §0: 2+2+1 release at 5, public order up to 8; 74/6 6 months; 74/5 5/8; Dublin 6 weeks)', () => {
  it.each([
    ['return', false, '2027-04-01', '2027-01-01', 'Art. 7'],
    ['return', true, '2027-07-01', '2027-01-01', 'Art. 7'],
    ['asylum_territory', false, '2027-05-01', undefined, 'Aliens Act Art. 74/6'],
    ['asylum_border', false, '2027-04-01', undefined, 'Aliens Act Art. 74/5'],
    ['asylum_border', true, '2027-07-01', '2027-04-01', 'Aliens Act Art. 74/5'], // past 5 months only by a public-order extension
    ['dublin', false, '2026-12-13', undefined, 'Aliens Act Art. 51/5/1'],
  ] as const)('%s (public order %s) from 2026-11-01: maximum %s, title %s (%s)', (detentionType, publicOrder, maximum, title, basis) => {
    const period = buildDetentionPeriod({ detentionType, publicOrder, startedOn: '2026-11-01' });
    const deadlines = detentionDeadline(period, buildCaseFile(), '2026-11-23');
    expect(deadlines.find((deadline) => deadline.kind === 'detention_maximum')).toMatchObject({ dueDate: maximum, legalBasis: expect.stringContaining(basis) });
    expect(deadlines.find((deadline) => deadline.kind === 'detention_title')?.dueDate).toBe(title);
  });

  it('schedule of a return title: 2, 4, 5 months; public order +1 month at a time up to 8 (Aliens Act Art. 7)', () => {
    const dates = (publicOrder: boolean) =>
      detentionSchedule({ detentionType: 'return', publicOrder, startedOn: '2026-11-01' }).map((step) => `${step.stepId}:${step.date}`);
    expect(dates(false)).toEqual(['initial:2027-01-01', 'first_extension:2027-03-01', 'ministerial_extension:2027-04-01']);
    expect(dates(true).slice(3)).toEqual(['public_order_extension:2027-05-01', 'public_order_extension:2027-06-01', 'public_order_extension:2027-07-01']);
  });

  it('an extension decision moves the title end', () => {
    const period = buildDetentionPeriod({ startedOn: '2026-11-01' });
    const extension = {
      ...testMeta(),
      type: 'detention_extension' as const,
      decidedOn: '2026-12-20',
      decidedBy: 'user-supervisor-1',
      legalBasis: 'Aliens Act Art. 7',
      detentionPeriodId: period.id,
      ground: 'removal_in_progress' as const,
      extendedUntil: '2027-03-01',
    };
    const deadlines = detentionDeadline(period, buildCaseFile({ decisions: [extension] }), '2026-12-21');
    expect(deadlines.find((deadline) => deadline.kind === 'detention_title')?.dueDate).toBe('2027-03-01');
  });

  it('the 18-month Return Directive ceiling counts every title together (RD Art. 15(6); Kadzoev)', () => {
    const first = buildDetentionPeriod({ startedOn: '2026-01-01', endedOn: '2026-04-01', endReason: 'new_title_after_refusal_to_board' });
    const second = buildDetentionPeriod({ startedOn: '2026-05-01', titleNumber: 2 });
    const deadline = cumulativeDetentionDeadline(buildCaseFile({ detentionPeriods: [first, second] }), '2026-06-01');
    // 546 days from 1 Jan 2026 to 1 Jul 2027, 90 already used: 456 days from 1 May 2026.
    expect(deadline).toMatchObject({ dueDate: '2027-07-31', record: { id: second.id }, verified: true });
  });
});

describe('Dublin transfer (Dublin III Art. 29; Reg. 2024/1351 from 1 July 2026)', () => {
  it.each([
    [{}, '2026-09-01', 'Dublin III: 6 months from acceptance'],
    [{ extension: 'imprisonment' as const }, '2027-03-01', 'Dublin III Art. 29(2): 12 months'],
    [{ extension: 'absconding' as const }, '2027-09-01', 'Dublin III Art. 29(2): 18 months'],
    [{ suspensiveAppealFinalOn: '2026-05-10' }, '2026-11-10', 'from the final decision on a suspensive appeal'],
    [
      { applicationLodgedOn: '2026-07-01', regime: 'ammr_2024_1351' as const, extension: 'absconding' as const },
      '2029-03-01',
      'AMMR Art. 46(2) (unverified): 3 years',
    ],
  ])('%o → %s (%s)', (overrides, due, _basis) => {
    expect(dublinTransferDeadline(dublinRequest(overrides), '2026-06-01')?.dueDate).toBe(due);
  });
  it('overdue after the window, met once transferred', () => {
    expect(dublinTransferDeadline(dublinRequest(), '2026-09-02')?.state).toBe('overdue');
    expect(dublinTransferDeadline(dublinRequest({ transferredOn: '2026-08-01' }), '2026-09-02')?.state).toBe('met');
  });
});

describe('sentence and FD 2008/909 timers', () => {
  it('end, last arrival date for a request (end − 6 months, ETS 112 Art. 3(1)(c)), conditional release', () => {
    const caseFile = buildCaseFile({
      custody: buildCustody({
        sentence: { kind: 'determinate', years: 3, months: 0, days: 0 },
        sentenceStart: '2024-07-23',
        expectedEnd: '2027-07-23',
        conditionalReleaseDate: '2026-03-23',
      }),
    });
    const byKind = Object.fromEntries(sentenceDeadlines(caseFile, '2026-11-23').map((deadline) => [deadline.kind, deadline]));
    expect(byKind.sentence_end?.dueDate).toBe('2027-07-23');
    expect(byKind.sentence_transfer_request_arrival?.dueDate).toBe('2027-01-23');
    expect(byKind.conditional_release?.dueDate).toBe('2026-03-23');
  });
  it('FD 2008/909 limits are indicative: they warn, never block (Art. 12(2), 15(1))', () => {
    const transfer: SentenceTransfer = {
      ...testMeta(),
      id: nextTestId(),
      instrument: 'FD_2008_909',
      administeringState: 'RO',
      withoutConsent: true,
      status: 'accepted',
      requestReceivedOn: '2026-08-01',
      decidedOn: '2026-11-20',
    };
    const [recognition, move] = fd2008909TransferDeadlines(transfer, '2026-11-23');
    expect(recognition).toMatchObject({ dueDate: '2026-10-30', state: 'met', blocking: false });
    expect(move).toMatchObject({ dueDate: '2026-12-20', state: 'running', blocking: false });
  });
});

describe('caseDeadlines and nextDeadline', () => {
  const caseFile: CaseFile = buildCaseFile({
    decisions: [
      buildOrderToLeave({ notifiedOn: '2026-11-02', departureDays: 30 }),
      { ...testMeta(), type: 'entry_ban', decidedOn: '2026-11-02', decidedBy: 'user-caseworker-1', legalBasis: 'Aliens Act Art. 74/11', durationMonths: 36 },
    ],
    readmissionRequests: [buildReadmissionRequest({ status: 'SENT', sentOn: '2026-11-19', receivedOn: '2026-11-20', sendCount: 1 })],
  });

  it('lists every running timer with its record, in due-date order', () => {
    const deadlines = caseDeadlines(caseFile, '2026-11-23');
    expect(deadlines.map((deadline) => deadline.kind)).toEqual(['voluntary_departure', 'readmission_reply']);
    for (const deadline of deadlines) expect(deadline.dueDate >= deadline.startDate).toBe(true);
    expect(deadlines[1]?.record).toEqual({ type: 'readmission_request', id: caseFile.readmissionRequests[0]?.id });
  });

  it('the most urgent open deadline is the next deadline (the store indexes its date)', () => {
    expect(nextDeadline(caseFile, '2026-11-23')?.kind).toBe('voluntary_departure');
    expect(nextDeadlineDate(caseFile, '2026-11-23')).toBe('2026-12-02');
    // Once the departure period has ended, the reply to the readmission request is next.
    expect(nextDeadline(caseFile, '2026-12-03')?.kind).toBe('readmission_reply');
    expect(nextDeadlineDate(buildCaseFile(), '2026-11-23')).toBeUndefined();
  });

  it('an overdue deadline comes before a running one', () => {
    const withDublin = {
      ...caseFile,
      dublinRequests: [
        {
          ...testMeta(),
          memberState: 'DE',
          regime: 'dublin_iii' as const,
          requestType: 'take_back' as const,
          applicationLodgedOn: '2026-01-10',
          status: 'accepted' as const,
          acceptedOn: '2026-03-01',
          extension: 'none' as const,
        },
      ],
    };
    expect(nextDeadline(withDublin, '2026-11-23')).toMatchObject({ kind: 'dublin_transfer', state: 'overdue' });
  });

  it('entry ban and reintegration periods are never the next deadline', () => {
    const departed = {
      ...caseFile,
      readmissionRequests: [],
      returnOperation: buildReturnOperation({ kind: 'voluntary', carrier: 'iom', departedAt: '2026-11-25T06:00:00+01:00', reintegration: { tier: 'full' } }),
    };
    expect(nextDeadline(departed, '2026-12-10')).toBeUndefined();
  });

  it('entry ban and reintegration run from actual departure (RD Art. 11(2); Fedasil 12 months)', () => {
    const departed = {
      ...caseFile,
      returnOperation: buildReturnOperation({ kind: 'voluntary', carrier: 'iom', departedAt: '2026-12-01T06:00:00+01:00', reintegration: { tier: 'full' } }),
    };
    const byKind = Object.fromEntries(caseDeadlines(departed, '2026-12-10').map((deadline) => [deadline.kind, deadline]));
    expect(byKind.entry_ban_end).toMatchObject({ startDate: '2026-12-01', dueDate: '2029-12-01', nature: 'expiry' });
    expect(byKind.reintegration_end).toMatchObject({ dueDate: '2027-12-01', verified: false });
    expect(byKind.voluntary_departure?.state).toBe('met');
  });
});
