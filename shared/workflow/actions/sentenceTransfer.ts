import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, TransferInstrumentSchema } from '../../model';
import { defineAction, newRecordMeta, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { inCustody } from '../guards/statusAssessment';
import { transferAssessmentProblems, transferRequestConditions, transferRequested, transferUnderAssessment } from '../guards/sentenceTransfer';

const tstBasis = 'ETS 112 Art. 3; ETS 167 Arts. 2–3; Belgium–Albania agreement 2010; Belgium–Kosovo convention 2010; FD 2008/909/JHA';

/**
 * Opens the assessment of a transfer of the sentenced person under a chosen instrument.
 * The rules (assessTransferEligibility) decide: a transfer they call not eligible cannot be
 * considered, and the instrument must be the one they identify. Considering a transfer does
 * not choose the route: the return path stays open (a return decision can still be issued)
 * until the request is sent.
 */
export const startTransferAssessment = defineAction({
  id: 'startTransferAssessment',
  labelKey: 'workflow.action.startTransferAssessment',
  fromStages: ['IN_CUSTODY'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: tstBasis,
  inputSchema: z.object({ instrument: TransferInstrumentSchema, administeringState: CountryCodeSchema, withoutConsent: z.boolean() }),
  guards: [inCustody],
  inputGuards: [{ id: 'transfer_eligibility', check: ({ caseFile, input, today }) => transferAssessmentProblems(caseFile, input, today) }],
  perform: (context) => {
    const { caseFile, input } = context;
    const existing = transferUnderAssessment(caseFile);
    const sentenceTransfers =
      existing === undefined
        ? [...caseFile.sentenceTransfers, { ...newRecordMeta(context, 'sentence_transfer'), ...input, status: 'assessing' as const }]
        : caseFile.sentenceTransfers.map((transfer) => (transfer.id === existing.id ? { ...touched(transfer, context), ...input } : transfer));
    return { caseFile: { ...caseFile, stage: 'TST_ASSESSMENT', sentenceTransfers } };
  },
});

/** Four eyes: sending a transfer request commits Belgium towards another state. */
export const requestSentenceTransfer = defineAction({
  id: 'requestSentenceTransfer',
  labelKey: 'workflow.action.requestSentenceTransfer',
  fromStages: ['TST_ASSESSMENT'],
  permission: 'case.write',
  needsFourEyes: true,
  legalBasis: tstBasis,
  inputSchema: z.object({ requestSentOn: IsoDateSchema.optional() }),
  guards: [transferRequestConditions],
  inputGuards: [],
  perform: (context) => {
    const { caseFile, input, today, actor } = context;
    const transfer = transferUnderAssessment(caseFile);
    const sentOn = input.requestSentOn ?? today;
    return {
      caseFile: {
        ...caseFile,
        stage: 'TST_REQUESTED',
        route: 'sentence_transfer',
        sentenceTransfers: caseFile.sentenceTransfers.map((candidate) =>
          candidate.id === transfer?.id ? { ...touched(candidate, context), status: 'requested', requestSentOn: sentOn } : candidate,
        ),
        decisions:
          transfer === undefined
            ? caseFile.decisions
            : [
                ...caseFile.decisions,
                {
                  ...newRecordMeta(context, 'sentence_transfer_decision'),
                  type: 'sentence_transfer',
                  decidedOn: sentOn,
                  decidedBy: actor.userId,
                  legalBasis: tstBasis,
                  sentenceTransferId: transfer.id,
                },
              ],
      },
      legalBasis: tstBasis,
    };
  },
});

export const recordTransferOutcome = defineAction({
  id: 'recordTransferOutcome',
  labelKey: 'workflow.action.recordTransferOutcome',
  fromStages: ['TST_REQUESTED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'ETS 112 Art. 3(1)(f)',
  inputSchema: z.object({
    outcome: z.enum(['accepted', 'refused', 'transferred']),
    on: IsoDateSchema,
    refusalReason: NoteSchema.optional().meta({ requiredWhen: { field: 'outcome', oneOf: ['refused'] } }),
  }),
  guards: [transferRequested],
  inputGuards: [
    {
      id: 'outcome_details',
      check: ({ input, today }) => [
        ...(input.outcome === 'refused' && input.refusalReason === undefined
          ? [unmet('refusal_reason', say('unmet.refusal_reason'), 'ETS 112 Art. 3(1)(f)')]
          : []),
        ...(input.on > today ? [unmet('outcome_date_not_future', say('unmet.date_not_future'), 'ETS 112 Art. 3(1)(f)')] : []),
      ],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const stage = input.outcome === 'transferred' ? 'TST_TRANSFERRED' : input.outcome === 'refused' ? 'TST_REFUSED' : 'TST_REQUESTED';
    return {
      caseFile: {
        ...caseFile,
        stage,
        custody:
          input.outcome === 'transferred' && caseFile.custody !== undefined
            ? { ...touched(caseFile.custody, context), releasedOn: input.on }
            : caseFile.custody,
        sentenceTransfers: caseFile.sentenceTransfers.map((transfer) => {
          if (transfer.status !== 'requested' && transfer.status !== 'accepted') return transfer;
          if (input.outcome === 'transferred') return { ...touched(transfer, context), status: 'transferred', transferredOn: input.on };
          if (input.outcome === 'refused')
            return {
              ...touched(transfer, context),
              status: 'refused',
              decidedOn: input.on,
              ...(input.refusalReason === undefined ? {} : { refusalReason: input.refusalReason }),
            };
          return { ...touched(transfer, context), status: 'accepted', decidedOn: input.on };
        }),
      },
    };
  },
});
