import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, ReadmissionAttachmentsSchema, ReadmissionSubjectSchema, TravelDocumentSchema, UuidSchema, type ReadmissionStatus } from '../../model';
import { readmissionAgreementFor } from '../../reference';
import { caseRoles, defineAction, newRecordMeta, touched } from '../defineAction';
import { unmet } from '../guards/condition';
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
const openStages = [...readmissionStages, 'SUSPENDED', 'ABSCONDED', 'REMOVED'] as const;
const procedureBasis = 'Readmission agreement procedure (EU–Albania RA Arts. 7–11; Benelux implementing protocols)';

function updateRequest(caseFile: CaseFile, requestId: string, context: ActionContext<unknown>, change: (request: ReadmissionRequest) => Partial<ReadmissionRequest>): CaseFile {
  return { ...caseFile, readmissionRequests: caseFile.readmissionRequests.map((request) => (request.id === requestId ? { ...touched(request, context), ...change(request) } : request)) };
}

function statusCheck(statuses: readonly ReadmissionStatus[]) {
  return { id: 'request_status', check: ({ caseFile, input }: ActionContext<{ requestId: string }>) => requestForAction(caseFile, input.requestId, statuses).unmet };
}

export const draftReadmissionRequest = defineAction({
  id: 'draftReadmissionRequest',
  labelKey: 'workflow.action.draftReadmissionRequest',
  fromStages: readmissionStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Arts. 2–3, 7–9; Benelux–Kosovo agreement',
  inputSchema: z.object({
    requestedState: CountryCodeSchema,
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
        if (agreement === undefined) failures.push(unmet('agreement_exists', `Belgium has no readmission agreement with ${input.requestedState} in the reference data: use another route (voluntary return, travel document from the consulate).`, 'domain.md §5(c) READM'));
        if (input.procedure === 'accelerated' && agreement !== undefined && agreement.acceleratedReplyPeriod === null) failures.push(unmet('accelerated_procedure', `${agreement.title} has no accelerated procedure.`, agreement.replyPeriod.legalBasis));
        if (input.subject === 'own_national' && !caseFile.nationalities.some((nationality) => nationality.country === input.requestedState && (nationality.status === 'proven' || nationality.status === 'prima_facie'))) {
          failures.push(unmet('nationality_evidence', `The nationality of ${input.requestedState} is not established by proof or prima facie evidence.`, 'EU–Albania readmission agreement Art. 9, Annexes I–II'));
        }
        const unknown = input.evidenceDocumentIds.filter((id) => !caseFile.documents.some((document) => document.id === id));
        if (unknown.length > 0) failures.push(unmet('evidence_on_file', 'Some evidence documents are not on this case file.', procedureBasis));
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
          { ...newRecordMeta(context, 'readmission_request'), agreementId: agreement?.id ?? '', requestedState: input.requestedState, subject: input.subject, procedure: input.procedure, status: 'DRAFT', sendCount: 0, evidenceDocumentIds: input.evidenceDocumentIds, attachments: input.attachments, transferObstacles: [] },
        ],
      },
    };
  },
});

export const recordReadmissionEvidence = defineAction({
  id: 'recordReadmissionEvidence',
  labelKey: 'workflow.action.recordReadmissionEvidence',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, evidenceDocumentIds: z.array(UuidSchema), attachments: ReadmissionAttachmentsSchema }),
  guards: [readmissionRequestIn(['DRAFT', 'INFO_REQUESTED'], 'evidence can be changed only before sending.')],
  inputGuards: [
    statusCheck(['DRAFT', 'INFO_REQUESTED']),
    { id: 'evidence_on_file', check: ({ caseFile, input }) => (input.evidenceDocumentIds.every((id) => caseFile.documents.some((document) => document.id === id)) ? [] : [unmet('evidence_on_file', 'Some evidence documents are not on this case file.', procedureBasis)]) },
  ],
  perform: (context) => ({ caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ evidenceDocumentIds: context.input.evidenceDocumentIds, attachments: context.input.attachments })) }),
});

const attachmentNames = { request_form: 'the request form', photo: 'a colour photo', fingerprints: 'a set of fingerprints', document_copies: 'copies of the identity or nationality documents' } as const;
const attachmentFields = { request_form: 'requestForm', photo: 'photo', fingerprints: 'fingerprints', document_copies: 'documentCopies' } as const;

export const sendReadmissionRequest = defineAction({
  id: 'sendReadmissionRequest',
  labelKey: 'workflow.action.sendReadmissionRequest',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, sentOn: IsoDateSchema, receivedOn: IsoDateSchema.optional() }),
  guards: [readmissionRequestIn(['DRAFT', 'INFO_REQUESTED'], 'draft a request first.')],
  inputGuards: [
    statusCheck(['DRAFT', 'INFO_REQUESTED']),
    {
      id: 'request_complete',
      check: ({ caseFile, input, today }) => {
        const { request } = requestForAction(caseFile, input.requestId, ['DRAFT', 'INFO_REQUESTED']);
        if (request === undefined) return [];
        const agreement = agreementOf(request);
        const failures: UnmetCondition[] = [];
        if (agreement === undefined) return [unmet('agreement_exists', 'The request names no agreement known to the reference data.', procedureBasis)];
        const missing = agreement.requestItems.filter((item) => !request.attachments[attachmentFields[item]]);
        if (missing.length > 0) failures.push(unmet('request_attachments', `The request lacks ${missing.map((item) => attachmentNames[item]).join(', ')}.`, agreement.requestItemsLegalBasis));
        const evidence = caseFile.documents.filter((document) => request.evidenceDocumentIds.includes(document.id) && document.evidenceClass !== 'none');
        if (evidence.length === 0) failures.push(unmet('request_evidence', 'Attach at least one document that is proof or prima facie evidence of nationality.', agreement.evidence.legalBasis));
        if (input.sentOn > today) failures.push(unmet('sent_on_not_future', 'The sending date cannot be in the future.', procedureBasis));
        if (input.receivedOn !== undefined && input.receivedOn < input.sentOn) failures.push(unmet('received_after_sent', 'Receipt cannot be before sending.', procedureBasis));
        if (request.subject !== 'own_national' && agreement.thirdCountryNationalRequestLimit !== null) {
          const limit = thirdCountryNationalRequestDeadline(caseFile, request, today);
          if (limit === undefined) failures.push(unmet('third_country_national_limit', 'Record when the office learned of the irregular stay: a request for a third-country national must be sent within the agreement\'s limit from that date.', agreement.thirdCountryNationalRequestLimit.legalBasis));
          else if (input.sentOn > limit.dueDate) failures.push(unmet('third_country_national_limit', `The limit for a third-country national request ran out on ${limit.dueDate} (irregular stay known since ${limit.startDate}), unless legal or factual obstacles extended it.`, limit.legalBasis));
        }
        return failures;
      },
    },
  ],
  perform: (context) => {
    const { input } = context;
    return {
      caseFile: updateRequest(context.caseFile, input.requestId, context, (request) => ({ status: 'SENT', sentOn: input.sentOn, receivedOn: input.receivedOn, sendCount: request.sendCount + 1, reply: undefined })),
    };
  },
});

export const recordReadmissionReceipt = defineAction({
  id: 'recordReadmissionReceipt',
  labelKey: 'workflow.action.recordReadmissionReceipt',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, receivedOn: IsoDateSchema }),
  guards: [readmissionRequestIn(['SENT'], 'send the request first.')],
  inputGuards: [statusCheck(['SENT']), { id: 'receipt_date', check: ({ input, today }) => (input.receivedOn > today ? [unmet('received_on_not_future', 'The receipt date cannot be in the future.', procedureBasis)] : []) }],
  perform: (context) => ({ caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ receivedOn: context.input.receivedOn })) }),
});

export const recordReadmissionReply = defineAction({
  id: 'recordReadmissionReply',
  labelKey: 'workflow.action.recordReadmissionReply',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Art. 10',
  inputSchema: z.object({ requestId: UuidSchema, outcome: z.enum(['accepted', 'rejected', 'info_requested']), receivedOn: IsoDateSchema, reasons: NoteSchema.optional(), reference: z.string().min(1).max(100).optional() }),
  guards: [readmissionRequestIn(['SENT'], 'a reply can be recorded only for a sent request.')],
  inputGuards: [
    statusCheck(['SENT']),
    {
      id: 'reply_details',
      check: ({ input, today }) => [
        ...(input.outcome === 'rejected' && input.reasons === undefined ? [unmet('rejection_reasons', 'Record the reasons given: a refusal must be reasoned; ask for them if missing.', 'EU–Albania readmission agreement Art. 10(1)')] : []),
        ...(input.receivedOn > today ? [unmet('reply_not_future', 'The reply date cannot be in the future.', procedureBasis)] : []),
      ],
    },
  ],
  perform: (context) => {
    const { input } = context;
    const status: ReadmissionStatus = input.outcome === 'accepted' ? 'ACCEPTED' : input.outcome === 'rejected' ? 'REJECTED' : 'INFO_REQUESTED';
    const reply = { outcome: input.outcome, receivedOn: input.receivedOn, ...(input.reasons === undefined ? {} : { reasons: input.reasons }), ...(input.reference === undefined ? {} : { reference: input.reference }) };
    return { caseFile: updateRequest(context.caseFile, input.requestId, context, () => ({ status, reply, ...(status === 'REJECTED' ? { closedOn: input.receivedOn } : {}) })) };
  },
});

/** Silence past the reply period is acceptance where the agreement says so (EU–Albania RA Art. 10(2)); it takes effect the day after the last day. */
export const markReadmissionDeemedAccepted = defineAction({
  id: 'markReadmissionDeemedAccepted',
  labelKey: 'workflow.action.markReadmissionDeemedAccepted',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Art. 10(2)',
  inputSchema: z.object({ requestId: UuidSchema }),
  guards: [readmissionRequestIn(['SENT'], 'only a sent request without reply can be deemed accepted.')],
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
            return [unmet('agreement_exists', 'The request names no agreement known to the reference data.', procedureBasis)];
          case 'not_received':
            return [unmet('receipt_recorded', 'The date the requested state received the request is not recorded: the reply period runs from receipt.', basis)];
          case 'awaiting_reply':
            return [unmet('reply_period_over', `The requested state may reply until ${status.dueDate}: the request is deemed accepted from the next day.`, basis)];
          case 'replied':
            return [unmet('no_timely_reply', `The requested state replied on ${status.repliedOn}, within the period: record that reply instead.`, basis)];
          case 'reply_overdue':
            return [unmet('silence_means_acceptance', `The reply period ended on ${status.dueDate}, but under this agreement silence is not acceptance: remind the requested state.`, agreement?.silenceMeansAcceptance.legalBasis ?? basis)];
          case 'deemed_accepted':
            return status.deemedAcceptedOn <= today ? [] : [unmet('reply_period_over', `The request counts as accepted from ${status.deemedAcceptedOn}.`, status.legalBasis)];
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
      if (lastDay === undefined) return [unmet('acceptance_recorded', 'The acceptance date is not recorded: the transfer period runs from it.', basis)];
      if (expired && today <= lastDay) return [unmet('transfer_window_expired', `The transfer period runs until ${lastDay}.`, basis)];
      if (!expired && today > lastDay) return [unmet('transfer_window_open', `The transfer period ended on ${lastDay}: record the expiry, or record an obstacle that extends it.`, basis)];
      return [];
    },
  };
}

export const recordTravelDocument = defineAction({
  id: 'recordTravelDocument',
  labelKey: 'workflow.action.recordTravelDocument',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Art. 2(3)',
  inputSchema: z.object({ requestId: UuidSchema, travelDocument: TravelDocumentSchema }),
  guards: [readmissionRequestIn(acceptedStatuses, 'a travel document follows an acceptance.')],
  inputGuards: [statusCheck(acceptedStatuses), windowCheck(false)],
  perform: (context) => ({ caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'TD_ISSUED', travelDocument: context.input.travelDocument })) }),
});

export const recordTransferObstacle = defineAction({
  id: 'recordTransferObstacle',
  labelKey: 'workflow.action.recordTransferObstacle',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Art. 10(2)',
  inputSchema: z.object({ requestId: UuidSchema, description: NoteSchema, from: IsoDateSchema, to: IsoDateSchema.optional() }),
  guards: [readmissionRequestIn(transferableStatuses, 'obstacles extend the transfer period of an accepted request.')],
  inputGuards: [statusCheck(transferableStatuses), { id: 'obstacle_dates', check: ({ input }) => (input.to !== undefined && input.to < input.from ? [unmet('obstacle_dates', 'The obstacle cannot end before it starts.', procedureBasis)] : []) }],
  perform: (context) => {
    const { input } = context;
    return { caseFile: updateRequest(context.caseFile, input.requestId, context, (request) => ({ transferObstacles: [...request.transferObstacles, { description: input.description, from: input.from, ...(input.to === undefined ? {} : { to: input.to }) }] })) };
  },
});

export const markReadmissionExecuted = defineAction({
  id: 'markReadmissionExecuted',
  labelKey: 'workflow.action.markReadmissionExecuted',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Art. 11',
  inputSchema: z.object({ requestId: UuidSchema, executedOn: IsoDateSchema }),
  guards: [readmissionRequestIn(transferableStatuses, 'only an accepted request can be executed.')],
  inputGuards: [
    statusCheck(transferableStatuses),
    { id: 'departed', check: ({ caseFile }) => (caseFile.returnOperation?.departedAt === undefined ? [unmet('departure_recorded', 'The person\'s departure is not recorded.', procedureBasis)] : []) },
  ],
  perform: (context) => ({ caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'EXECUTED', executedOn: context.input.executedOn })) }),
});

export const markTransferWindowExpired = defineAction({
  id: 'markTransferWindowExpired',
  labelKey: 'workflow.action.markTransferWindowExpired',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: 'EU–Albania readmission agreement Art. 10(2)',
  inputSchema: z.object({ requestId: UuidSchema }),
  guards: [readmissionRequestIn(transferableStatuses, 'only an accepted request has a transfer period.')],
  inputGuards: [statusCheck(transferableStatuses), windowCheck(true)],
  perform: (context) => ({ caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'TRANSFER_WINDOW_EXPIRED', closedOn: context.today })) }),
});

const withdrawableStatuses: readonly ReadmissionStatus[] = ['DRAFT', 'SENT', 'INFO_REQUESTED', 'ACCEPTED', 'DEEMED_ACCEPTED', 'TD_ISSUED'];

export const withdrawReadmissionRequest = defineAction({
  id: 'withdrawReadmissionRequest',
  labelKey: 'workflow.action.withdrawReadmissionRequest',
  fromStages: openStages,
  requiredRoles: caseRoles,
  needsFourEyes: false,
  legalBasis: procedureBasis,
  inputSchema: z.object({ requestId: UuidSchema, reason: NoteSchema }),
  guards: [readmissionRequestIn(withdrawableStatuses, 'there is no open request to withdraw.')],
  inputGuards: [statusCheck(withdrawableStatuses)],
  perform: (context) => ({ caseFile: updateRequest(context.caseFile, context.input.requestId, context, () => ({ status: 'WITHDRAWN', closedOn: context.today })), reason: context.input.reason }),
});
