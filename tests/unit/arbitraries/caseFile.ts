/**
 * fast-check arbitraries for case files: every value passes CaseFileSchema, while the
 * facts vary freely (missing dates, denied nationalities, running or ended detention,
 * readmission requests in any status…). Reusable by every shared/ test.
 */
import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import {
  ReadmissionStatusSchema,
  ReturnDirectiveVulnerabilitySchema,
  OtherVulnerabilitySchema,
  StageSchema,
  type Actor,
  type CaseFile,
  type Decision,
  type RecordMeta,
} from '../../../shared/model';
import { administrator, caseworker, otherCaseworker, otherSupervisor, supervisor, trainer } from './caseFileBuilder';

/** The date the arbitraries are centred on; tests pass it as "today". */
export const arbitraryToday = '2026-11-23';

export function isoDateFromOffset(days: number, base: string = arbitraryToday): string {
  return format(addDays(parseISO(base), days), 'yyyy-MM-dd');
}

/** A calendar date from about three years back to a month ahead of `arbitraryToday`. */
export const isoDateArbitrary = fc.integer({ min: -1100, max: 30 }).map((offset) => isoDateFromOffset(offset));
export const pastIsoDateArbitrary = fc.integer({ min: -1100, max: 0 }).map((offset) => isoDateFromOffset(offset));
export const timestampArbitrary = fc.integer({ min: -1100, max: 0 }).map((offset) => `${isoDateFromOffset(offset)}T10:00:00.000Z`);

export const countryArbitrary = fc.constantFrom('AL', 'XK', 'RO', 'GN', 'BR', 'MA', 'GE', 'FR');

export const actorArbitrary: fc.Arbitrary<Actor> = fc.constantFrom(caseworker, otherCaseworker, supervisor, otherSupervisor, trainer, administrator);

export const recordMetaArbitrary: fc.Arbitrary<RecordMeta> = fc.record({
  id: fc.uuid(),
  createdAt: timestampArbitrary,
  updatedAt: timestampArbitrary,
  updatedBy: fc.constantFrom('user-caseworker-1', 'user-supervisor-1'),
  version: fc.integer({ min: 1, max: 20 }),
});

/** An optional field: present with a value, or absent (never `undefined` as a value). */
function optional<K extends string, T>(key: K, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Partial<Record<K, T>>> {
  return fc.option(arbitrary, { nil: undefined }).map((value) => (value === undefined ? {} : ({ [key]: value } as Partial<Record<K, T>>)));
}

const nationalityArbitrary = fc
  .tuple(recordMetaArbitrary, countryArbitrary, fc.constantFrom('claimed', 'prima_facie', 'proven', 'denied' as const))
  .map(([meta, country, status]) => ({ ...meta, country, status, evidence: [{ kind: 'personal_statement' as const, description: 'Declared' }] }));

const documentArbitrary = fc
  .tuple(
    recordMetaArbitrary,
    fc.constantFrom('passport', 'identity_card', 'birth_certificate', 'driving_licence' as const),
    countryArbitrary,
    fc.constantFrom('original', 'copy' as const),
    fc.constantFrom('proof', 'prima_facie', 'none' as const),
    optional('validUntil', isoDateArbitrary),
  )
  .map(([meta, type, issuingCountry, form, evidenceClass, validUntil]) => ({
    ...meta,
    type,
    issuingCountry,
    form,
    evidenceClass,
    authenticity: 'not_checked' as const,
    ...validUntil,
  }));

const residencyArbitrary = fc
  .tuple(
    recordMetaArbitrary,
    fc.constantFrom(
      'asylum_pending',
      'asylum_rejected',
      'irregular_stay',
      'valid_permit',
      'protection_other_member_state',
      'dublin',
      'short_stay_expired' as const,
    ),
    pastIsoDateArbitrary,
    optional('to', isoDateArbitrary),
    optional('irregularStayKnownOn', pastIsoDateArbitrary),
  )
  .map(([meta, status, from, to, known]) => ({ ...meta, status, from, ...(to.to !== undefined && to.to >= from ? to : {}), ...known }));

const custodyArbitrary = fc
  .tuple(
    recordMetaArbitrary,
    optional('judgmentFinal', fc.boolean()),
    optional('expectedEnd', isoDateFromOffsetArbitrary(-60, 900)),
    optional(
      'sentence',
      fc.oneof(
        fc.constant({ kind: 'indeterminate' as const }),
        fc.record({
          kind: fc.constant('determinate' as const),
          years: fc.integer({ min: 0, max: 10 }),
          months: fc.integer({ min: 0, max: 11 }),
          days: fc.constant(0),
        }),
      ),
    ),
    optional(
      'expulsionOrder',
      fc.record({
        reference: fc.constant('OQT-1'),
        issuedOn: pastIsoDateArbitrary,
        issuedBy: fc.constantFrom('court', 'administration' as const),
        copyOnFile: fc.boolean(),
      }),
    ),
    optional('consent', fc.record({ status: fc.constantFrom('given', 'refused', 'not_asked' as const), byLegalRepresentative: fc.constant(false) })),
    optional('habituallyResidentInBelgiumAtArrest', fc.boolean()),
    optional('dualCriminality', fc.boolean()),
  )
  .map(([meta, final, end, sentence, expulsion, consent, resident, dual]) => ({
    ...meta,
    prison: 'Prison de Haren',
    offences: [],
    ...final,
    ...end,
    ...sentence,
    ...expulsion,
    ...consent,
    ...resident,
    ...dual,
  }));

function isoDateFromOffsetArbitrary(min: number, max: number): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((offset) => isoDateFromOffset(offset));
}

const familyLinkArbitrary = fc
  .tuple(recordMetaArbitrary, fc.constantFrom('child', 'spouse', 'parent' as const), fc.boolean(), fc.boolean(), optional('dateOfBirth', pastIsoDateArbitrary))
  .map(([meta, relation, minor, accompanying, dateOfBirth]) => ({ ...meta, relation, name: 'Family member', minor, accompanying, ...dateOfBirth }));

const vulnerabilityArbitrary = fc.oneof(
  fc
    .tuple(recordMetaArbitrary, fc.constantFrom(...ReturnDirectiveVulnerabilitySchema.options))
    .map(([meta, category]) => ({ ...meta, basis: 'return_directive_3_9' as const, category })),
  fc
    .tuple(recordMetaArbitrary, fc.constantFrom(...OtherVulnerabilitySchema.options))
    .map(([meta, category]) => ({ ...meta, basis: 'other' as const, category })),
);

const decisionArbitrary: fc.Arbitrary<Decision> = fc.oneof(
  fc
    .tuple(
      recordMetaArbitrary,
      pastIsoDateArbitrary,
      fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      fc.integer({ min: 0, max: 30 }),
      fc.subarray(['risk_of_absconding', 'public_order'] as const),
      optional('shortenedPeriodReasoning', fc.constant('Reasoned in the decision')),
    )
    .map(([meta, decidedOn, notifiedAfter, departureDays, grounds, reasoning]): Decision => ({
      ...meta,
      type: 'order_to_leave',
      decidedOn,
      ...(notifiedAfter === undefined ? {} : { notifiedOn: isoDateFromOffset(notifiedAfter, decidedOn) }),
      decidedBy: 'user-caseworker-1',
      legalBasis: 'Aliens Act Art. 7',
      departureDays,
      shortenedPeriodGrounds: [...grounds],
      ...reasoning,
    })),
  fc.tuple(recordMetaArbitrary, pastIsoDateArbitrary, countryArbitrary).map(([meta, decidedOn, destinationCountry]): Decision => ({
    ...meta,
    type: 'forced_return',
    decidedOn,
    decidedBy: 'user-supervisor-1',
    legalBasis: 'RD Art. 8',
    destinationCountry,
  })),
);

const appealArbitrary = fc
  .tuple(recordMetaArbitrary, fc.uuid(), pastIsoDateArbitrary, fc.boolean(), fc.constantFrom('pending', 'rejected', 'annulled', 'withdrawn' as const))
  .map(([meta, decisionId, lodgedOn, suspensive, status]) => ({
    ...meta,
    decisionId,
    court: 'Council for Alien Law Litigation',
    lodgedOn,
    suspensive,
    status,
  }));

const detentionPeriodArbitrary = fc
  .tuple(
    recordMetaArbitrary,
    fc.constantFrom('return', 'asylum_territory', 'asylum_border', 'dublin' as const),
    fc.boolean(),
    fc.integer({ min: -700, max: 0 }),
    fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([meta, detentionType, publicOrder, startOffset, length, titleNumber]) => {
    const startedOn = isoDateFromOffset(startOffset);
    const endedOn = length === undefined ? undefined : isoDateFromOffset(length, startedOn);
    return {
      ...meta,
      centre: '127bis',
      detentionType,
      publicOrder,
      titleNumber,
      startedOn,
      ...(endedOn === undefined || endedOn > arbitraryToday ? {} : { endedOn, endReason: 'released_other' as const }),
    };
  });

const readmissionRequestArbitrary = fc
  .tuple(
    recordMetaArbitrary,
    fc.constantFrom(['eu_albania', 'AL'] as const, ['benelux_kosovo', 'XK'] as const),
    fc.constantFrom(...ReadmissionStatusSchema.options),
    optional('sentOn', pastIsoDateArbitrary),
    fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    fc.boolean(),
  )
  .map(([meta, [agreementId, requestedState], status, sentOn, receivedAfter, complete]) => ({
    ...meta,
    agreementId,
    requestedState,
    subject: 'own_national' as const,
    procedure: 'standard' as const,
    status,
    ...sentOn,
    ...(sentOn.sentOn !== undefined && receivedAfter !== undefined ? { receivedOn: isoDateFromOffset(receivedAfter, sentOn.sentOn) } : {}),
    sendCount: sentOn.sentOn === undefined ? 0 : 1,
    evidenceDocumentIds: [],
    attachments: { requestForm: complete, photo: complete, fingerprints: complete, documentCopies: complete },
    transferObstacles: [],
  }));

const pendingApprovalArbitrary = fc
  .tuple(
    recordMetaArbitrary,
    fc.constantFrom('decideForcedReturn', 'extendDetention', 'requestSentenceTransfer', 'closeAsRemoved'),
    fc.constantFrom(caseworker, supervisor, otherSupervisor),
    timestampArbitrary,
  )
  .map(([meta, actionId, proposedBy, proposedAt]) => ({
    ...meta,
    actionId,
    input: actionId === 'decideForcedReturn' ? { destinationCountry: 'AL' } : {},
    proposedBy,
    proposedAt,
    status: 'pending' as const,
  }));

/** A random case file that passes CaseFileSchema. */
export function caseFileArbitrary(): fc.Arbitrary<CaseFile> {
  return fc
    .record({
      meta: recordMetaArbitrary,
      sequence: fc.integer({ min: 1, max: 999_999 }),
      stage: fc.constantFrom(...StageSchema.options),
      resumeStage: fc.option(fc.constantFrom(...StageSchema.options.filter((stage) => stage !== 'CLOSED' && stage !== 'SUSPENDED' && stage !== 'ABSCONDED')), {
        nil: undefined,
      }),
      training: fc.boolean(),
      office: fc.constantFrom('BRU', 'ANR', 'GNT'),
      route: fc.constantFrom('undetermined', 'voluntary', 'forced', 'readmission', 'dublin', 'sentence_transfer' as const),
      openedOn: pastIsoDateArbitrary,
      person: fc
        .tuple(
          recordMetaArbitrary,
          optional(
            'dateOfBirth',
            fc.integer({ min: -25_000, max: -30 }).map((offset) => isoDateFromOffset(offset)),
          ),
          fc.boolean(),
        )
        .map(([meta, dateOfBirth, stateless]) => ({
          ...meta,
          sex: 'male' as const,
          ...dateOfBirth,
          dateOfBirthEstimated: false,
          languages: [],
          stateless,
          biometricReferences: [],
        })),
      identities: fc.array(
        recordMetaArbitrary.map((meta) => ({
          ...meta,
          familyName: 'Doe',
          givenNames: 'J.',
          primary: true,
          source: 'declared' as const,
          confidence: 'medium' as const,
        })),
        { maxLength: 2 },
      ),
      nationalities: fc.array(nationalityArbitrary, { maxLength: 2 }),
      documents: fc.array(documentArbitrary, { maxLength: 2 }),
      residencyHistory: fc.array(residencyArbitrary, { maxLength: 2 }),
      custody: fc.option(custodyArbitrary, { nil: undefined }),
      familyLinks: fc.array(familyLinkArbitrary, { maxLength: 2 }),
      vulnerabilities: fc.array(vulnerabilityArbitrary, { maxLength: 2 }),
      fitnessAssessments: fc.array(
        fc
          .tuple(recordMetaArbitrary, fc.constantFrom('fit', 'fit_with_conditions', 'unfit' as const), pastIsoDateArbitrary)
          .map(([meta, outcome, assessedOn]) => ({ ...meta, outcome, assessedOn, assessedBy: 'Dr. X' })),
        { maxLength: 1 },
      ),
      nonRefoulementAssessments: fc.array(
        fc
          .tuple(recordMetaArbitrary, countryArbitrary, fc.constantFrom('cleared', 'risk_identified', 'under_review' as const), pastIsoDateArbitrary)
          .map(([meta, destinationCountry, outcome, assessedOn]) => ({ ...meta, destinationCountry, outcome, assessedOn, assessedBy: 'user-caseworker-1' })),
        { maxLength: 1 },
      ),
      decisions: fc.array(decisionArbitrary, { maxLength: 3 }),
      appeals: fc.array(appealArbitrary, { maxLength: 1 }),
      detentionPeriods: fc.array(detentionPeriodArbitrary, { maxLength: 2 }),
      readmissionRequests: fc.array(readmissionRequestArbitrary, { maxLength: 2 }),
      pendingApprovals: fc.array(pendingApprovalArbitrary, { maxLength: 1 }),
    })
    .map(({ meta, sequence, resumeStage, person, custody, ...rest }) => ({
      ...meta,
      reference: `RC-2026-${String(sequence).padStart(6, '0')}`,
      priority: 'normal' as const,
      ...(resumeStage === undefined || (rest.stage !== 'SUSPENDED' && rest.stage !== 'ABSCONDED') ? {} : { resumeStage }),
      ...(rest.stage === 'CLOSED' ? { closedOn: arbitraryToday, closureReason: 'other' as const } : {}),
      person,
      ...(custody === undefined ? {} : { custody }),
      sentenceTransfers: [],
      transitRequests: [],
      dublinRequests: [],
      ...rest,
    }));
}
