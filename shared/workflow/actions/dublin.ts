import { z } from 'zod';
import { IsoDateSchema } from '../../model';
import { defineAction, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { acceptedDublinRequest, dublinProcedureEnded, dublinTransferLastDay, dublinTransferPossible } from '../guards/dublin';

const dublinBasis = 'Regulation (EU) No 604/2013 Art. 29 (Regulation (EU) 2024/1351 for applications from 12 June 2026)';

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
          ...(lastDay !== undefined && input.transferredOn > lastDay ? [unmet('dublin_window_open', say('unmet.dublin_transfer_after_window', { date: lastDay }), dublinBasis)] : []),
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
        dublinRequests: caseFile.dublinRequests.map((request) => (request.id === accepted?.id ? { ...touched(request, context), status: 'transferred', transferredOn: input.transferredOn } : request)),
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
