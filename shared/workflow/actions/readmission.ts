import { z } from 'zod';
import {
  CountryCodeSchema,
  IsoDateSchema,
  NoteSchema,
  ReadmissionAttachmentsSchema,
  ReadmissionSubjectSchema,
  TravelDocumentSchema,
  UuidSchema,
  type ReadmissionStatus,
} from '../../model';
import { readmissionAgreementFor, readmissionAgreements, type ReadmissionAgreement } from '../../reference';
import { defineAction, newRecordMeta, touched } from '../defineAction';
import { term, terms } from '../../explanations';
import { say, unmet } from '../guards/condition';
import { readmissionReplyStatus, thirdCountryNationalRequestDeadline } from '../../rules/deadlines';
import { agreementOf, readmissionRequestIn, readmissionTransferLastDay, requestForAction } from '../guards/readmission';
import { activeStages } from '../stages';
import type { ActionContext, UnmetCondition } from '../types';
import type { CaseFile, ReadmissionRequest } from '../../model';

/**
 * The readmission request's own sub-machine (domain.md §5(b)):
 * DRAFT → SENT → ACCEPTED | DEEMED_ACCEPTED | REJECTED | INFO_REQUESTED (→ SENT)
 * → TD_ISSUED → EXECUTED | TRANSFER_WINDOW_EXPIRED; WITHDRAWN from any open status.
 * The case stage does not change: requests run alongside return preparation.
 */
export const readmissionTransitions: Readonly<Record<ReadmissionStatus, readonly ReadmissionStatus[]>> = {
  DRAFT: ['SENT', 'WITHDRAWN'],
  SENT: ['ACCEPTED', 'DEEMED_ACCEPTED', 'REJECTED', 'INFO_REQUESTED', 'WITHDRAWN'],
  INFO_REQUESTED: ['SENT', 'WITHDRAWN'],
  ACCEPTED: ['TD_ISSUED', 'EXECUTED', 'TRANSFER_WINDOW_EXPIRED', 'WITHDRAWN'],
  DEEMED_ACCEPTED: ['TD_ISSUED', 'EXECUTED', 'TRANSFER_WINDOW_EXPIRED', 'WITHDRAWN'],
  TD_ISSUED: ['EXECUTED', 'TRANSFER_WINDOW_EXPIRED', 'WITHDRAWN'],
  REJECTED: [],
  EXECUTED: [],
  TRANSFER_WINDOW_EXPIRED: [],
  WITHDRAWN: [],
};

const readmissionStages = activeStages.filter((stage) => stage !== 'INTAKE' && stage !== 'IDENTIFICATION');
// A person who left voluntarily after the requested state accepted: the readmission is recorded as executed.
const openStages = [...readmissionStages, 'SUSPENDED', 'ABSCONDED', 'REMOVED', 'DEPARTED_VOLUNTARILY'] as const;
const procedureBasis =
  'The readmission agreement with the requested state (EU–Albania agreement; Benelux–Kosovo agreement) and its Benelux implementing protocol';

/**
 * The provision of the agreement that binds the requested state, as the event's legal
 * basis: a request to Kosovo cites the Benelux–Kosovo agreement, one to Albania the
 * EU–Albania agreement, paragraph by paragraph where the reference data has it.
 */
function agreementBasis(
  caseFile: CaseFile,
  requestId: string,
  provision: (agreement: ReadmissionAgreement) => string,
): { legalBasis: string } | Record<string, never> {
  const request = caseFile.readmissionRequests.find((candidate) => candidate.id === requestId);
  const agreement = request === undefined ? undefined : agreementOf(request);
  return agreement === undefined ? {} : { legalBasis: provision(agreement) };
}

function updateRequest(
  caseFile: CaseFile,
  requestId: string,
  context: ActionContext<unknown>,
  change: (request: ReadmissionRequest) => Partial<ReadmissionRequest>,
): CaseFile {
  return {
    ...caseFile,
    readmissionRequests: caseFile.readmissionRequests.map((request) =>
      request.id === requestId ? { ...touched(request, context), ...change(request) } : request,
    ),
  };
}

function statusCheck(statuses: readonly ReadmissionStatus[]) {
  return {
    id: 'request_status',
    check: ({ caseFile, input }: ActionContext<{ requestId: string }>) => requestForAction(caseFile, input.requestId, statuses).unmet,
  };
}

/** The states a readmission agreement of the reference data binds: the only ones the dialog offers for a request. */
const requestableStates = Object.values(readmissionAgreements).flatMap((agreement) => agreement.requestedStates);

export const draftReadmissionRequest = defineAction({
  id: 'draftReadmissionRequest',
  labelKey: 'workflow.action.draftReadmissionRequest',
  fromStages: readmissionStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({
    requestedState: CountryCodeSchema.meta({ countries: requestableStates }),
    subject: ReadmissionSubjectSchema,
    procedure: z.enum(['standard', 'accelerated']).default('standard'),
    evidenceDocumentIds: z.array(UuidSchema).default([]),
    attachments: ReadmissionAttachmentsSchema.default({ requestForm: false, photo: false, fingerprints: false, documentCopies: false }),
  }),
  guards: [],
  inputGuards: [
    {
      id: 'readmission_basis',
      check: ({ caseFile, input }) => {
        const failures: UnmetCondition[] = [];
        const agreement = readmissionAgreementFor(input.requestedState);
        if (agreement === undefined)
          failures.push(
            unmet(
              'agreement_exists',
              say('unmet.agreement_exists', { state: input.requestedState }),
              'Readmission agreements in force for Belgium (EU agreements; Benelux agreements)',
            ),
          );
        if (input.procedure === 'accelerated' && agreement !== undefined && agreement.acceleratedReplyPeriod === null)
          failures.push(
            unmet(
              'accelerated_procedure',
              say('unmet.accelerated_procedure', { agreement: term('instrument', agreement.id) }),
              agreement.replyPeriod.legalBasis,
            ),
          );
        if (
          input.subject === 'own_national' &&
          !caseFile.nationalities.some(
            (nationality) => nationality.country === input.requestedState && (nationality.status === 'proven' || nationality.status === 'prima_facie'),
          )
        ) {
          failures.push(
            unmet('nationality_evidence', say('unmet.nationality_evidence', { state: input.requestedState }), agreement?.evidence.legalBasis ?? procedureBasis),
          );
        }
        const unknown = input.evidenceDocumentIds.filter((id) => !caseFile.documents.some((document) => document.id === id));
        if (unknown.length > 0) failures.push(unmet('evidence_on_file', say('unmet.evidence_on_file'), procedureBasis));
        return failures;
      },
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const agreement = readmissionAgreementFor(input.requestedState);
    return {
      caseFile: {
        ...caseFile,
        route: caseFile.route === 'undetermined' || caseFile.route === 'forced' ? 'readmission' : caseFile.route,
        readmissionRequests: [
          ...caseFile.readmissionRequests,
          {
            ...newRecordMeta(context, 'readmission_request'),
            agreementId: agreement?.id ?? '',
            requestedState: input.requestedState,
            subject: input.subject,
            procedure: input.procedure,
            status: 'DRAFT',
            sendCount: 0,
            evidenceDocumentIds: input.evidenceDocumentIds,
            attachments: input.attachments,
            transferObstacles: [],
          },
        ],
      },
      ...(agreement === undefined ? {} : { legalBasis: agreement.requestLegalBasis }),
    };
  },
});

export const recordReadmissionEvidence = defineAction({
  id: 'recordReadmissionEvidence',
  labelKey: 'workflow.action.recordReadmissionEvidence',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, evidenceDocumentIds: z.array(UuidSchema), attachments: ReadmissionAttachmentsSchema }),
  guards: [readmissionRequestIn(['DRAFT', 'INFO_REQUESTED'], 'unmet.no_request_to_change_evidence')],
  inputGuards: [
    statusCheck(['DRAFT', 'INFO_REQUESTED']),
    {
      id: 'evidence_on_file',
      check: ({ caseFile, input }) =>
        input.evidenceDocumentIds.every((id) => caseFile.documents.some((document) => document.id === id))
          ? []
          : [unmet('evidence_on_file', say('unmet.evidence_on_file'), procedureBasis)],
    },
  ],
  perform: (context) => ({
    caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({
      evidenceDocumentIds: context.input.evidenceDocumentIds,
      attachments: context.input.attachments,
    })),
    ...agreementBasis(context.caseFile, context.input.requestId, (agreement) => agreement.evidence.legalBasis),
  }),
});

const attachmentFields = { request_form: 'requestForm', photo: 'photo', fingerprints: 'fingerprints', document_copies: 'documentCopies' } as const;

export const sendReadmissionRequest = defineAction({
  id: 'sendReadmissionRequest',
  labelKey: 'workflow.action.sendReadmissionRequest',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, sentOn: IsoDateSchema, receivedOn: IsoDateSchema.optional() }),
  guards: [readmissionRequestIn(['DRAFT', 'INFO_REQUESTED'], 'unmet.no_request_to_send')],
  inputGuards: [
    statusCheck(['DRAFT', 'INFO_REQUESTED']),
    {
      id: 'request_complete',
      check: ({ caseFile, input, today }) => {
        const { request } = requestForAction(caseFile, input.requestId, ['DRAFT', 'INFO_REQUESTED']);
        if (request === undefined) return [];
        const agreement = agreementOf(request);
        const failures: UnmetCondition[] = [];
        if (agreement === undefined) return [unmet('agreement_exists', say('unmet.agreement_unknown'), procedureBasis)];
        const missing = agreement.requestItems.filter((item) => !request.attachments[attachmentFields[item]]);
        if (missing.length > 0)
          failures.push(
            unmet('request_attachments', say('unmet.request_attachments', { missing: terms('requestItem', missing) }), agreement.requestItemsLegalBasis),
          );
        const evidence = caseFile.documents.filter((document) => request.evidenceDocumentIds.includes(document.id) && document.evidenceClass !== 'none');
        if (evidence.length === 0) failures.push(unmet('request_evidence', say('unmet.request_evidence'), agreement.evidence.legalBasis));
        if (input.sentOn > today) failures.push(unmet('sent_on_not_future', say('unmet.sent_on_not_future'), procedureBasis));
        if (input.receivedOn !== undefined && input.receivedOn < input.sentOn)
          failures.push(unmet('received_after_sent', say('unmet.received_after_sent'), procedureBasis));
        if (request.subject !== 'own_national' && agreement.thirdCountryNationalRequestLimit !== null) {
          const limit = thirdCountryNationalRequestDeadline(caseFile, request, today);
          if (limit === undefined)
            failures.push(
              unmet('third_country_national_limit', say('unmet.third_country_national_limit_unknown'), agreement.thirdCountryNationalRequestLimit.legalBasis),
            );
          else if (input.sentOn > limit.dueDate)
            failures.push(
              unmet(
                'third_country_national_limit',
                say('unmet.third_country_national_limit_passed', { date: limit.dueDate, since: limit.startDate }),
                limit.legalBasis,
              ),
            );
        }
        return failures;
      },
    },
  ],
  perform: (context) => {
    const { input } = context;
    return {
      caseFile: updateRequest(context.caseFile, input.requestId, context, (request) => ({
        status: 'SENT',
        sentOn: input.sentOn,
        receivedOn: input.receivedOn,
        sendCount: request.sendCount + 1,
        reply: undefined,
      })),
      ...agreementBasis(context.caseFile, input.requestId, (agreement) => agreement.requestLegalBasis),
    };
  },
});

/**
 * A legal or factual obstacle that prevented a timely request for a third-country national:
 * the one-year limit runs on while it lasts (EU–Albania RA Art. 10(1)), so the deadline and
 * the sending guard follow it.
 */
export const recordRequestObstacle = defineAction({
  id: 'recordRequestObstacle',
  labelKey: 'workflow.action.recordRequestObstacle',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, description: NoteSchema, from: IsoDateSchema, to: IsoDateSchema.optional() }),
  guards: [readmissionRequestIn(['DRAFT', 'INFO_REQUESTED'], 'unmet.no_request_to_send')],
  inputGuards: [
    statusCheck(['DRAFT', 'INFO_REQUESTED']),
    {
      id: 'request_obstacle',
      check: ({ caseFile, input, today }) => {
        const request = caseFile.readmissionRequests.find((candidate) => candidate.id === input.requestId);
        const agreement = request === undefined ? undefined : agreementOf(request);
        const basis = agreement?.requestLimitExtendableByObstacles?.legalBasis ?? procedureBasis;
        return [
          ...(request !== undefined && request.subject === 'own_national'
            ? [unmet('request_limit_applies', say('unmet.request_limit_own_national'), basis)]
            : []),
          ...(agreement !== undefined && agreement.requestLimitExtendableByObstacles?.value !== true
            ? [unmet('request_limit_applies', say('unmet.request_limit_not_extendable'), basis)]
            : []),
          ...(input.to !== undefined && input.to < input.from ? [unmet('obstacle_dates', say('unmet.obstacle_dates'), basis)] : []),
          ...(input.from > today ? [unmet('obstacle_not_future', say('unmet.date_not_future'), basis)] : []),
        ];
      },
    },
  ],
  perform: (context) => {
    const { input } = context;
    return {
      caseFile: updateRequest(context.caseFile, input.requestId, context, (request) => ({
        requestObstacles: [
          ...(request.requestObstacles ?? []),
          { description: input.description, from: input.from, ...(input.to === undefined ? {} : { to: input.to }) },
        ],
      })),
      ...agreementBasis(
        context.caseFile,
        input.requestId,
        (agreement) => agreement.requestLimitExtendableByObstacles?.legalBasis ?? agreement.requestLegalBasis,
      ),
    };
  },
});

export const recordReadmissionReceipt = defineAction({
  id: 'recordReadmissionReceipt',
  labelKey: 'workflow.action.recordReadmissionReceipt',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, receivedOn: IsoDateSchema }),
  guards: [readmissionRequestIn(['SENT'], 'unmet.no_request_to_receive')],
  inputGuards: [
    statusCheck(['SENT']),
    {
      id: 'receipt_date',
      check: ({ input, today }) => (input.receivedOn > today ? [unmet('received_on_not_future', say('unmet.received_on_not_future'), procedureBasis)] : []),
    },
  ],
  perform: (context) => ({
    caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ receivedOn: context.input.receivedOn })),
    ...agreementBasis(context.caseFile, context.input.requestId, (agreement) => agreement.replyPeriod.legalBasis),
  }),
});

export const recordReadmissionReply = defineAction({
  id: 'recordReadmissionReply',
  labelKey: 'workflow.action.recordReadmissionReply',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({
    requestId: UuidSchema,
    outcome: z.enum(['accepted', 'rejected', 'info_requested']),
    receivedOn: IsoDateSchema,
    reasons: NoteSchema.optional().meta({ requiredWhen: { field: 'outcome', oneOf: ['rejected'] } }),
    reference: z.string().min(1).max(100).optional(),
  }),
  guards: [readmissionRequestIn(['SENT'], 'unmet.no_request_for_reply')],
  inputGuards: [
    statusCheck(['SENT']),
    {
      id: 'reply_details',
      check: ({ caseFile, input, today }) => [
        ...(input.outcome === 'rejected' && input.reasons === undefined
          ? [
              unmet(
                'rejection_reasons',
                say('unmet.rejection_reasons'),
                agreementBasis(caseFile, input.requestId, (agreement) => agreement.refusalReasonsRequired.legalBasis).legalBasis ?? procedureBasis,
              ),
            ]
          : []),
        ...(input.receivedOn > today ? [unmet('reply_not_future', say('unmet.reply_not_future'), procedureBasis)] : []),
      ],
    },
  ],
  perform: (context) => {
    const { input } = context;
    const status: ReadmissionStatus = input.outcome === 'accepted' ? 'ACCEPTED' : input.outcome === 'rejected' ? 'REJECTED' : 'INFO_REQUESTED';
    const reply = {
      outcome: input.outcome,
      receivedOn: input.receivedOn,
      ...(input.reasons === undefined ? {} : { reasons: input.reasons }),
      ...(input.reference === undefined ? {} : { reference: input.reference }),
    };
    const provision = (agreement: ReadmissionAgreement) =>
      input.outcome === 'rejected'
        ? agreement.refusalReasonsRequired.legalBasis
        : input.outcome === 'accepted'
          ? agreement.replyPeriod.legalBasis
          : agreement.requestLegalBasis;
    return {
      caseFile: updateRequest(context.caseFile, input.requestId, context, () => ({
        status,
        reply,
        ...(status === 'REJECTED' ? { closedOn: input.receivedOn } : {}),
      })),
      ...agreementBasis(context.caseFile, input.requestId, provision),
    };
  },
});

/** Silence past the reply period is acceptance where the agreement says so (EU–Albania RA Art. 10(2)); it takes effect the day after the last day. */
export const markReadmissionDeemedAccepted = defineAction({
  id: 'markReadmissionDeemedAccepted',
  labelKey: 'workflow.action.markReadmissionDeemedAccepted',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema }),
  guards: [readmissionRequestIn(['SENT'], 'unmet.no_request_to_deem_accepted')],
  inputGuards: [
    statusCheck(['SENT']),
    {
      id: 'reply_period_over',
      check: ({ caseFile, input, today }) => {
        const { request } = requestForAction(caseFile, input.requestId, ['SENT']);
        if (request === undefined) return [];
        const agreement = agreementOf(request);
        const status = readmissionReplyStatus(request, today);
        const basis = agreement?.replyPeriod.legalBasis ?? procedureBasis;
        switch (status.state) {
          case 'no_agreement':
            return [unmet('agreement_exists', say('unmet.agreement_unknown'), procedureBasis)];
          case 'not_received':
            return [unmet('receipt_recorded', say('unmet.receipt_recorded'), basis)];
          case 'awaiting_reply':
            return [unmet('reply_period_over', say('unmet.reply_period_running', { date: status.dueDate }), basis)];
          case 'replied':
            return [unmet('no_timely_reply', say('unmet.no_timely_reply', { date: status.repliedOn }), basis)];
          case 'reply_overdue':
            return [
              unmet(
                'silence_means_acceptance',
                say('unmet.silence_means_acceptance', { date: status.dueDate }),
                agreement?.silenceMeansAcceptance.legalBasis ?? basis,
              ),
            ];
          case 'deemed_accepted':
            return status.deemedAcceptedOn <= today
              ? []
              : [unmet('reply_period_over', say('unmet.deemed_accepted_from', { date: status.deemedAcceptedOn }), status.legalBasis)];
        }
      },
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const request = caseFile.readmissionRequests.find((candidate) => candidate.id === input.requestId);
    const status = request === undefined ? undefined : readmissionReplyStatus(request, context.today);
    const deemedOn = status?.state === 'deemed_accepted' ? status.deemedAcceptedOn : context.today;
    const agreement = request === undefined ? undefined : agreementOf(request);
    return {
      caseFile: updateRequest(caseFile, input.requestId, context, () => ({ status: 'DEEMED_ACCEPTED', deemedAcceptedOn: deemedOn })),
      ...(agreement === undefined ? {} : { legalBasis: agreement.silenceMeansAcceptance.legalBasis }),
    };
  },
});

const acceptedStatuses: readonly ReadmissionStatus[] = ['ACCEPTED', 'DEEMED_ACCEPTED'];
const transferableStatuses: readonly ReadmissionStatus[] = ['ACCEPTED', 'DEEMED_ACCEPTED', 'TD_ISSUED'];

function windowCheck(expired: boolean) {
  return {
    id: expired ? 'transfer_window_expired' : 'transfer_window_open',
    check: ({ caseFile, input, today }: ActionContext<{ requestId: string }>) => {
      const request = caseFile.readmissionRequests.find((candidate) => candidate.id === input.requestId);
      if (request === undefined) return [];
      const lastDay = readmissionTransferLastDay(request, today);
      const basis = agreementOf(request)?.transferPeriod.legalBasis ?? procedureBasis;
      if (lastDay === undefined) return [unmet('acceptance_recorded', say('unmet.acceptance_recorded'), basis)];
      if (expired && today <= lastDay) return [unmet('transfer_window_expired', say('unmet.transfer_window_running', { date: lastDay }), basis)];
      if (!expired && today > lastDay) return [unmet('transfer_window_open', say('unmet.transfer_window_ended', { date: lastDay }), basis)];
      return [];
    },
  };
}

export const recordTravelDocument = defineAction({
  id: 'recordTravelDocument',
  labelKey: 'workflow.action.recordTravelDocument',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, travelDocument: TravelDocumentSchema }),
  guards: [readmissionRequestIn(acceptedStatuses, 'unmet.no_request_for_travel_document')],
  inputGuards: [statusCheck(acceptedStatuses), windowCheck(false)],
  perform: (context) => ({
    caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'TD_ISSUED', travelDocument: context.input.travelDocument })),
    ...agreementBasis(context.caseFile, context.input.requestId, (agreement) => agreement.travelDocumentLegalBasis),
  }),
});

export const recordTransferObstacle = defineAction({
  id: 'recordTransferObstacle',
  labelKey: 'workflow.action.recordTransferObstacle',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, description: NoteSchema, from: IsoDateSchema, to: IsoDateSchema.optional() }),
  guards: [readmissionRequestIn(transferableStatuses, 'unmet.no_request_for_obstacle')],
  inputGuards: [
    statusCheck(transferableStatuses),
    {
      id: 'obstacle_dates',
      check: ({ input }) => (input.to !== undefined && input.to < input.from ? [unmet('obstacle_dates', say('unmet.obstacle_dates'), procedureBasis)] : []),
    },
  ],
  perform: (context) => {
    const { input } = context;
    return {
      caseFile: updateRequest(context.caseFile, input.requestId, context, (request) => ({
        transferObstacles: [
          ...request.transferObstacles,
          { description: input.description, from: input.from, ...(input.to === undefined ? {} : { to: input.to }) },
        ],
      })),
      ...agreementBasis(context.caseFile, input.requestId, (agreement) => agreement.transferExtendableByObstacles.legalBasis),
    };
  },
});

export const markReadmissionExecuted = defineAction({
  id: 'markReadmissionExecuted',
  labelKey: 'workflow.action.markReadmissionExecuted',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, executedOn: IsoDateSchema }),
  guards: [readmissionRequestIn(transferableStatuses, 'unmet.no_request_to_execute')],
  inputGuards: [
    statusCheck(transferableStatuses),
    {
      id: 'departed',
      check: ({ caseFile }) =>
        caseFile.returnOperation?.departedAt === undefined ? [unmet('departure_recorded', say('unmet.departure_recorded_readmission'), procedureBasis)] : [],
    },
  ],
  perform: (context) => ({
    caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'EXECUTED', executedOn: context.input.executedOn })),
    ...agreementBasis(context.caseFile, context.input.requestId, (agreement) => agreement.transferModalitiesLegalBasis),
  }),
});

export const markTransferWindowExpired = defineAction({
  id: 'markTransferWindowExpired',
  labelKey: 'workflow.action.markTransferWindowExpired',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema }),
  guards: [readmissionRequestIn(transferableStatuses, 'unmet.no_request_with_window')],
  inputGuards: [statusCheck(transferableStatuses), windowCheck(true)],
  perform: (context) => ({
    caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'TRANSFER_WINDOW_EXPIRED', closedOn: context.today })),
    ...agreementBasis(context.caseFile, context.input.requestId, (agreement) => agreement.transferPeriod.legalBasis),
  }),
});

const withdrawableStatuses: readonly ReadmissionStatus[] = ['DRAFT', 'SENT', 'INFO_REQUESTED', 'ACCEPTED', 'DEEMED_ACCEPTED', 'TD_ISSUED'];

export const withdrawReadmissionRequest = defineAction({
  id: 'withdrawReadmissionRequest',
  labelKey: 'workflow.action.withdrawReadmissionRequest',
  fromStages: openStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, reason: NoteSchema }),
  guards: [readmissionRequestIn(withdrawableStatuses, 'unmet.no_request_to_withdraw')],
  inputGuards: [statusCheck(withdrawableStatuses)],
  perform: (context) => ({
    caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'WITHDRAWN', closedOn: context.today })),
    reason: context.input.reason,
    ...agreementBasis(context.caseFile, context.input.requestId, (agreement) => agreement.requestLegalBasis),
  }),
});
