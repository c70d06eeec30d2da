import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PeriodUnit } from '../../../shared/reference';
import {
  assessPrisonLeaseModel,
  assessReturnRoutes,
  assessTransferEligibility,
  caseDeadlines,
  cumulativeDetentionDeadline,
  detentionDeadline,
  dublinTransferDeadline,
  endOfPeriod,
  entryBanDeadlines,
  fd2008909TransferDeadlines,
  laissezPasserDeadline,
  readmissionReplyDeadline,
  readmissionReplyStatus,
  readmissionTransferWindowDeadline,
  reintegrationDeadline,
  sentenceDeadlines,
  thirdCountryNationalRequestDeadline,
  voluntaryDepartureDeadline,
  wrongfulReadmissionDeadline,
  type Assessment,
  type Deadline,
} from '../../../shared/rules';
import { caseFileArbitrary } from '../arbitraries/caseFile';
import { calendarDateArb, caseFileArb as ownCaseFileArb } from './arbitraries';

/** Case files from the shared arbitrary (tests/unit/arbitraries) and from the rules' own, which varies legal facts more. */
const caseFileArb = fc.oneof(caseFileArbitrary(), ownCaseFileArb);

const runs = { numRuns: 300 };

/** Every deadline function, called directly (caseDeadlines also drops inconsistent ones as a safety net). */
function everyDeadline(caseFile: Parameters<typeof caseDeadlines>[0], asOf: string): Deadline[] {
  const all: (Deadline | undefined)[] = [
    voluntaryDepartureDeadline(caseFile, asOf),
    ...caseFile.detentionPeriods.flatMap((period) => detentionDeadline(period, caseFile, asOf)),
    cumulativeDetentionDeadline(caseFile, asOf),
    ...caseFile.readmissionRequests.flatMap((request) => [
      readmissionReplyDeadline(request, asOf),
      readmissionTransferWindowDeadline(request, asOf),
      wrongfulReadmissionDeadline(request, asOf),
      laissezPasserDeadline(request, asOf),
      thirdCountryNationalRequestDeadline(caseFile, request, asOf),
    ]),
    ...caseFile.dublinRequests.map((request) => dublinTransferDeadline(request, asOf)),
    ...sentenceDeadlines(caseFile, asOf),
    ...caseFile.sentenceTransfers.flatMap((transfer) => fd2008909TransferDeadlines(transfer, asOf)),
    ...entryBanDeadlines(caseFile, asOf),
    reintegrationDeadline(caseFile, asOf),
  ];
  return all.filter((deadline): deadline is Deadline => deadline !== undefined);
}

describe('deadlines are never before their start date (domain.md §5(d))', () => {
  it('endOfPeriod never goes back in time for a non-negative period', () => {
    const unitArb = fc.constantFrom<PeriodUnit>('calendar_days', 'working_days', 'weeks', 'months', 'years');
    fc.assert(
      fc.property(calendarDateArb, fc.integer({ min: 0, max: 40 }), unitArb, (start, amount, unit) => endOfPeriod(start, { amount, unit }) >= start),
      runs,
    );
  });

  it('no timer computed from a case file is due before it starts', () => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (caseFile, asOf) => {
        for (const deadline of [...everyDeadline(caseFile, asOf), ...caseDeadlines(caseFile, asOf)]) {
          expect(deadline.dueDate >= deadline.startDate, `${deadline.id} ${deadline.startDate} → ${deadline.dueDate}`).toBe(true);
          expect(deadline.legalBasis.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('a silent readmission request is deemed accepted only after its reply deadline', () => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (caseFile, today) => {
        for (const request of caseFile.readmissionRequests) {
          const status = readmissionReplyStatus(request, today);
          if (status.state === 'deemed_accepted' && !request.deemedAcceptedOn) {
            expect(status.deemedAcceptedOn > status.dueDate).toBe(true);
            expect(request.receivedOn !== undefined && status.dueDate > request.receivedOn).toBe(true);
          }
        }
      }),
      runs,
    );
  });
});

function allAssessments(caseFile: Parameters<typeof assessTransferEligibility>[0], asOf: string): Assessment[] {
  const transfer = assessTransferEligibility(caseFile, asOf);
  return [transfer, ...transfer.alternatives, assessPrisonLeaseModel(caseFile, asOf), ...Object.values(assessReturnRoutes(caseFile, asOf))];
}

describe('unknown data never yields an eligible verdict', () => {
  it('an eligible verdict has every condition, formality and warning met', () => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (caseFile, asOf) => {
        for (const assessment of allAssessments(caseFile, asOf)) {
          if (assessment.verdict !== 'eligible') continue;
          const open = assessment.checks.filter(
            (check) => (check.kind === 'condition' || check.kind === 'formality' || check.kind === 'warning') && check.status === 'unknown',
          );
          expect(
            open.map((check) => check.id),
            assessment.subject,
          ).toEqual([]);
        }
      }),
      runs,
    );
  });

  it.each([
    ['judgment finality (ETS 112 Art. 3(1)(b))', { judgmentFinal: undefined }],
    ['dual criminality (ETS 112 Art. 3(1)(e))', { dualCriminality: undefined }],
  ])('removing %s never leaves a Council of Europe or bilateral transfer eligible', (_fact, blank) => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (caseFile, asOf) => {
        if (!caseFile.custody) return;
        const blanked = { ...caseFile, custody: { ...caseFile.custody, ...blank } };
        const result = assessTransferEligibility(blanked, asOf);
        for (const assessment of [result, ...result.alternatives]) {
          if (assessment.basis?.id === 'fd_2008_909') continue; // dual criminality is only a warning there, and still not met
          expect(assessment.verdict).not.toBe('eligible');
        }
      }),
      runs,
    );
  });

  it('without a non-refoulement assessment, forced return is never eligible (RD Art. 5)', () => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (caseFile, asOf) => {
        const result = assessReturnRoutes({ ...caseFile, nonRefoulementAssessments: [] }, asOf).forced;
        expect(result.verdict).not.toBe('eligible');
        expect(result.checks.find((check) => check.id === 'FORCED-4')?.status).not.toBe('met');
      }),
      runs,
    );
  });
});
