/**
 * fast-check arbitraries for the rules' property tests: case files with any mix of known
 * and missing facts, built on the valid-record builders of tests/unit/arbitraries. Dates
 * within a record are consistent (an end never before its start); facts that may be
 * unknown in the model are sometimes left out.
 */
import fc from 'fast-check';
import type { CaseFile, Custody, Decision, DetentionPeriod, DublinRequest, ReadmissionRequest, SentenceTransfer } from '../../../shared/model';
import { addCalendarDays } from '../../../shared/rules';
import {
  buildCaseFile,
  buildCustody,
  buildDetentionPeriod,
  buildFitness,
  buildNationality,
  buildNonRefoulement,
  buildOrderToLeave,
  buildReadmissionRequest,
  buildReturnOperation,
  buildChild,
  nextTestId,
  testMeta,
} from '../arbitraries/caseFileBuilder';

const epoch = '2024-01-01';
/** Any date from 2024 to the end of 2029. */
export const calendarDateArb = fc.integer({ min: 0, max: 2190 }).map((offset) => addCalendarDays(epoch, offset));
/** A date `0…max` days after `start`. */
const after = (start: string, max = 900) => fc.integer({ min: 0, max }).map((offset) => addCalendarDays(start, offset));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Countries that exercise every route: bilateral (AL, XK), ETS 112/167 (GE, RS), EU (RO, FR), none (GN, MA), unknown code. */
export const countryArb = fc.constantFrom('AL', 'XK', 'GE', 'RS', 'RO', 'FR', 'GN', 'MA', 'ZZ');

const custodyArb: fc.Arbitrary<Custody> = calendarDateArb.chain((start) =>
  fc
    .record({
      judgmentFinal: maybe(fc.boolean()),
      indeterminate: fc.boolean(),
      expectedEnd: maybe(after(start, 2000)),
      conditionalReleaseDate: maybe(after(start, 1500)),
      expulsionOrder: fc.boolean(),
      copyOnFile: fc.boolean(),
      consent: maybe(fc.constantFrom('given' as const, 'refused' as const, 'not_asked' as const)),
      opinion: fc.boolean(),
      dualCriminality: maybe(fc.boolean()),
      habituallyResident: maybe(fc.boolean()),
      fled: maybe(fc.boolean()),
      exceptional: fc.boolean(),
      terrorism: fc.boolean(),
    })
    .map((facts) =>
      buildCustody({
        judgmentDate: start,
        sentenceStart: start,
        ...(facts.judgmentFinal === undefined ? {} : { judgmentFinal: facts.judgmentFinal }),
        sentence: facts.indeterminate ? { kind: 'indeterminate' } : { kind: 'determinate', years: 2, months: 0, days: 0 },
        ...(facts.expectedEnd ? { expectedEnd: facts.expectedEnd } : {}),
        ...(facts.conditionalReleaseDate ? { conditionalReleaseDate: facts.conditionalReleaseDate } : {}),
        ...(facts.expulsionOrder
          ? { expulsionOrder: { reference: 'OQT-P', issuedOn: start, issuedBy: 'administration' as const, copyOnFile: facts.copyOnFile } }
          : {}),
        ...(facts.consent ? { consent: { status: facts.consent, byLegalRepresentative: false } } : {}),
        ...(facts.opinion ? { opinion: { statement: 'Heard', recordedOn: start } } : {}),
        ...(facts.dualCriminality === undefined ? {} : { dualCriminality: facts.dualCriminality }),
        ...(facts.habituallyResident === undefined ? {} : { habituallyResidentInBelgiumAtArrest: facts.habituallyResident }),
        ...(facts.fled === undefined ? {} : { fledToStateOfNationality: facts.fled }),
        ...(facts.exceptional ? { exceptionalShortRemainder: { reason: 'Exceptional', recordedBy: 'user-supervisor-1', recordedOn: start } } : {}),
        offences: [{ description: 'Offence', category: facts.terrorism ? 'terrorism' : 'drugs' }],
      }),
    ),
);

const orderArb: fc.Arbitrary<Decision> = fc
  .record({ notifiedOn: calendarDateArb, departureDays: fc.constantFrom(0, 7, 15, 30), extension: maybe(fc.integer({ min: 0, max: 60 })) })
  .map(({ notifiedOn, departureDays, extension }) =>
    buildOrderToLeave({
      notifiedOn,
      decidedOn: notifiedOn,
      departureDays,
      ...(extension === undefined ? {} : { departurePeriodExtendedUntil: addCalendarDays(notifiedOn, departureDays + extension) }),
    }),
  );

const detentionArb: fc.Arbitrary<DetentionPeriod> = fc
  .record({
    startedOn: calendarDateArb,
    length: maybe(fc.integer({ min: 0, max: 300 })),
    type: fc.constantFrom('return' as const, 'asylum_territory' as const, 'asylum_border' as const, 'dublin' as const),
    publicOrder: fc.boolean(),
  })
  .map(({ startedOn, length, type, publicOrder }) =>
    buildDetentionPeriod({
      startedOn,
      detentionType: type,
      publicOrder,
      ...(length === undefined ? {} : { endedOn: addCalendarDays(startedOn, length), endReason: 'released_other' as const }),
    }),
  );

const readmissionArb: fc.Arbitrary<ReadmissionRequest> = fc
  .record({
    agreementId: fc.constantFrom('eu_albania', 'benelux_kosovo', 'unknown'),
    sentOn: calendarDateArb,
    receiptDelay: maybe(fc.integer({ min: 0, max: 10 })),
    replyDelay: maybe(fc.integer({ min: 0, max: 30 })),
    outcome: fc.constantFrom('accepted' as const, 'rejected' as const, 'info_requested' as const),
    status: fc.constantFrom('DRAFT' as const, 'SENT' as const, 'ACCEPTED' as const, 'REJECTED' as const, 'WITHDRAWN' as const),
    executedDelay: maybe(fc.integer({ min: 0, max: 200 })),
    subject: fc.constantFrom('own_national' as const, 'third_country_national' as const),
    obstacle: maybe(fc.record({ start: fc.integer({ min: 0, max: 60 }), length: maybe(fc.integer({ min: 0, max: 40 })) })),
    fingerprints: fc.boolean(),
  })
  .map((facts) => {
    const receivedOn = facts.receiptDelay === undefined ? undefined : addCalendarDays(facts.sentOn, facts.receiptDelay);
    return buildReadmissionRequest({
      agreementId: facts.agreementId,
      requestedState: facts.agreementId === 'benelux_kosovo' ? 'XK' : 'AL',
      status: facts.status,
      subject: facts.subject,
      sentOn: facts.sentOn,
      sendCount: 1,
      ...(receivedOn ? { receivedOn } : {}),
      ...(receivedOn && facts.replyDelay !== undefined ? { reply: { outcome: facts.outcome, receivedOn: addCalendarDays(receivedOn, facts.replyDelay) } } : {}),
      ...(receivedOn && facts.executedDelay !== undefined ? { executedOn: addCalendarDays(receivedOn, facts.executedDelay) } : {}),
      transferObstacles: facts.obstacle
        ? [
            {
              description: 'Obstacle',
              from: addCalendarDays(facts.sentOn, facts.obstacle.start),
              ...(facts.obstacle.length === undefined ? {} : { to: addCalendarDays(facts.sentOn, facts.obstacle.start + facts.obstacle.length) }),
            },
          ]
        : [],
      attachments: { requestForm: true, photo: true, fingerprints: facts.fingerprints, documentCopies: true },
    });
  });

const dublinArb: fc.Arbitrary<DublinRequest> = fc
  .record({
    lodged: calendarDateArb,
    acceptDelay: maybe(fc.integer({ min: 0, max: 120 })),
    appealDelay: maybe(fc.integer({ min: 0, max: 120 })),
    extension: fc.constantFrom('none' as const, 'imprisonment' as const, 'absconding' as const),
    transferDelay: maybe(fc.integer({ min: 0, max: 700 })),
  })
  .map(({ lodged, acceptDelay, appealDelay, extension, transferDelay }) => {
    const acceptedOn = acceptDelay === undefined ? undefined : addCalendarDays(lodged, acceptDelay);
    return {
      ...testMeta(),
      memberState: 'DE',
      regime: lodged >= '2026-07-01' ? ('ammr_2024_1351' as const) : ('dublin_iii' as const),
      requestType: 'take_back' as const,
      applicationLodgedOn: lodged,
      status: acceptedOn ? ('accepted' as const) : ('sent' as const),
      extension,
      ...(acceptedOn ? { acceptedOn } : {}),
      ...(acceptedOn && appealDelay !== undefined ? { suspensiveAppealFinalOn: addCalendarDays(acceptedOn, appealDelay) } : {}),
      ...(acceptedOn && transferDelay !== undefined ? { transferredOn: addCalendarDays(acceptedOn, transferDelay) } : {}),
    };
  });

const sentenceTransferArb = (state: string): fc.Arbitrary<SentenceTransfer> =>
  fc
    .record({
      received: calendarDateArb,
      decideDelay: maybe(fc.integer({ min: 0, max: 200 })),
      status: fc.constantFrom('requested' as const, 'accepted' as const, 'refused' as const),
    })
    .map(({ received, decideDelay, status }) => ({
      ...testMeta(),
      id: nextTestId(),
      instrument: 'FD_2008_909' as const,
      administeringState: state,
      withoutConsent: true,
      status,
      requestReceivedOn: received,
      ...(decideDelay === undefined ? {} : { decidedOn: addCalendarDays(received, decideDelay) }),
    }));

/** A random case file: any nationality evidence, optional custody, decisions, detention, requests and return. */
export const caseFileArb: fc.Arbitrary<CaseFile> = fc
  .record({
    country: countryArb,
    status: fc.constantFrom('claimed' as const, 'prima_facie' as const, 'proven' as const, 'denied' as const),
    custody: maybe(custodyArb),
    orders: fc.array(orderArb, { maxLength: 2 }),
    detention: fc.array(detentionArb, { maxLength: 3 }),
    readmission: fc.array(readmissionArb, { maxLength: 2 }),
    dublin: fc.array(dublinArb, { maxLength: 1 }),
    transfers: fc.boolean(),
    departedOn: maybe(calendarDateArb),
    banMonths: maybe(fc.integer({ min: 1, max: 120 })),
    child: fc.boolean(),
    nonRefoulement: maybe(fc.constantFrom('cleared' as const, 'risk_identified' as const, 'under_review' as const)),
    fitness: maybe(fc.constantFrom('fit' as const, 'unfit' as const)),
  })
  .chain((facts) =>
    (facts.transfers ? fc.array(sentenceTransferArb(facts.country), { maxLength: 1 }) : fc.constant([] as SentenceTransfer[])).map((sentenceTransfers) =>
      buildCaseFile({
        nationalities: [buildNationality(facts.country, facts.status)],
        ...(facts.custody ? { custody: facts.custody } : {}),
        decisions: [
          ...facts.orders,
          ...(facts.banMonths
            ? [
                {
                  ...testMeta(),
                  type: 'entry_ban' as const,
                  decidedOn: epoch,
                  decidedBy: 'user-caseworker-1',
                  legalBasis: 'Aliens Act Art. 74/11',
                  durationMonths: facts.banMonths,
                },
              ]
            : []),
        ],
        detentionPeriods: facts.detention,
        readmissionRequests: facts.readmission,
        dublinRequests: facts.dublin,
        sentenceTransfers,
        familyLinks: facts.child ? [buildChild()] : [],
        nonRefoulementAssessments: facts.nonRefoulement ? [buildNonRefoulement(facts.country, facts.nonRefoulement)] : [],
        fitnessAssessments: facts.fitness ? [buildFitness(facts.fitness)] : [],
        ...(facts.departedOn
          ? {
              returnOperation: buildReturnOperation({
                kind: 'voluntary',
                carrier: 'iom',
                destinationCountry: facts.country,
                departedAt: `${facts.departedOn}T10:00:00+01:00`,
                reintegration: { tier: 'full', startsOn: facts.departedOn },
              }),
            }
          : {}),
      }),
    ),
  );
