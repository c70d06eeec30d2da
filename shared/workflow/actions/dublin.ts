import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema } from '../../model';
import { dublinRegimeFor } from '../../reference';
import { defineAction, newRecordMeta, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { acceptedDublinRequest, dublinProcedureEnded, dublinTransferLastDay, dublinTransferPossible } from '../guards/dublin';

const dublinBasis = 'Regulation (EU) No 604/2013 Art. 29 (Regulation (EU) 2024/1351 for applications from 1 July 2026)';

const requestBasis = 'Regulation (EU) No 604/2013 Arts. 21, 23 (Regulation (EU) 2024/1351 for applications from 1 July 2026)';

/**
 * Records the take-charge or take-back request sent to another Member State; the regime
 * (Dublin III or the AMMR) follows from the date the application was lodged.
 */
export const recordDublinRequest = defineAction({
  id: 'recordDublinRequest',
  labelKey: 'workflow.action.recordDublinRequest',
  fromStages: ['STATUS_ASSESSMENT', 'DUBLIN'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: requestBasis,
  inputSchema: z.object({
    memberState: CountryCodeSchema,
    requestType: z.enum(['take_charge', 'take_back']),
    applicationLodgedOn: IsoDateSchema,
    sentOn: IsoDateSchema,
  }),
  guards: [],
  inputGuards: [
    {
      id: 'request_dates',
      check: ({ input, today }) => [
        ...(input.sentOn > today ? [unmet('sent_on_not_future', say('unmet.sent_on_not_future'), requestBasis)] : []),
        ...(input.applicationLodgedOn > input.sentOn ? [unmet('sent_after_application', say('unmet.sent_after_application'), requestBasis)] : []),
      ],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const request = {
      ...newRecordMeta(context, 'dublin_request'),
      ...input,
      regime: dublinRegimeFor(input.applicationLodgedOn).id,
      status: 'sent' as const,
      extension: 'none' as const,
    };
    return { caseFile: { ...caseFile, dublinRequests: [...caseFile.dublinRequests, request] }, legalBasis: dublinRegimeFor(input.applicationLodgedOn).title };
  },
});

/** The requested Member State's reply: acceptance (explicit, or implicit once the reply period passed in silence) or rejection. */
export const recordDublinReply = defineAction({
  id: 'recordDublinReply',
  labelKey: 'workflow.action.recordDublinReply',
  fromStages: ['STATUS_ASSESSMENT', 'DUBLIN'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Regulation (EU) No 604/2013 Arts. 22(7), 25(2)',
  inputSchema: z.object({ outcome: z.enum(['accepted_explicitly', 'accepted_implicitly', 'rejected']), on: IsoDateSchema }),
  guards: [
    {
      id: 'dublin_request_sent',
      factual: true,
      check: ({ caseFile }) =>
        caseFile.dublinRequests.some((request) => request.status === 'sent')
          ? []
          : [unmet('dublin_request_sent', say('unmet.dublin_request_recorded'), requestBasis)],
    },
  ],
  inputGuards: [
    {
      id: 'reply_date',
      check: ({ input, today }) =>
        input.on > today ? [unmet('reply_not_future', say('unmet.reply_not_future'), 'Regulation (EU) No 604/2013 Arts. 22(7), 25(2)')] : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const sent = caseFile.dublinRequests.filter((request) => request.status === 'sent').at(-1);
    const replied = (request: (typeof caseFile.dublinRequests)[number]) =>
      input.outcome === 'rejected'
        ? { ...touched(request, context), status: 'rejected' as const }
        : {
            ...touched(request, context),
            status: 'accepted' as const,
            acceptedOn: input.on,
            acceptance: input.outcome === 'accepted_explicitly' ? ('explicit' as const) : ('implicit' as const),
          };
    return { caseFile: { ...caseFile, dublinRequests: caseFile.dublinRequests.map((request) => (request.id === sent?.id ? replied(request) : request)) } };
  },
});

export const confirmDublinTransfer = defineAction({
  id: 'confirmDublinTransfer',
  labelKey: 'workflow.action.confirmDublinTransfer',
  fromStages: ['DUBLIN'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: dublinBasis,
  inputSchema: z.object({ transferredOn: IsoDateSchema }),
  guards: [dublinTransferPossible],
  inputGuards: [
    {
      id: 'transfer_date',
      check: ({ caseFile, input, today }) => {
        const request = acceptedDublinRequest(caseFile);
        const lastDay = request === undefined ? undefined : dublinTransferLastDay(request, today);
        return [
          ...(input.transferredOn > today ? [unmet('transferred_on_not_future', say('unmet.transferred_on_not_future'), dublinBasis)] : []),
          ...(lastDay !== undefined && input.transferredOn > lastDay
            ? [unmet('dublin_window_open', say('unmet.dublin_transfer_after_window', { date: lastDay }), dublinBasis)]
            : []),
        ];
      },
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const accepted = acceptedDublinRequest(caseFile);
    return {
      caseFile: {
        ...caseFile,
        stage: 'DUBLIN_TRANSFERRED',
        dublinRequests: caseFile.dublinRequests.map((request) =>
          request.id === accepted?.id ? { ...touched(request, context), status: 'transferred', transferredOn: input.transferredOn } : request,
        ),
      },
      legalBasis: dublinBasis,
    };
  },
});

/** The Dublin procedure failed (rejection or transfer period over): responsibility is Belgium's, back to status assessment. */
export const recordDublinExpiry = defineAction({
  id: 'recordDublinExpiry',
  labelKey: 'workflow.action.recordDublinExpiry',
  fromStages: ['DUBLIN'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Regulation (EU) No 604/2013 Art. 29(2)',
  inputSchema: z.object({}),
  guards: [dublinProcedureEnded],
  inputGuards: [],
  perform: (context) => {
    const { caseFile, today } = context;
    return {
      caseFile: {
        ...caseFile,
        stage: 'STATUS_ASSESSMENT',
        route: 'undetermined',
        dublinRequests: caseFile.dublinRequests.map((request) => {
          const lastDay = dublinTransferLastDay(request, today);
          return request.status === 'accepted' && lastDay !== undefined && today > lastDay ? { ...touched(request, context), status: 'expired' } : request;
        }),
      },
    };
  },
});
