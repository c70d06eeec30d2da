import { z } from 'zod';
import { IsoDateSchema, NoteSchema, ShortenedDepartureGroundSchema } from '../../model';
import { voluntaryDeparture } from '../../reference';
import { defineAction, newRecordMeta } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { nationalityEstablished } from '../guards/identification';
import { dublinRequestRecorded, inCustody, staysIllegally, validPermitRecorded } from '../guards/statusAssessment';
import { departurePeriodProblems, shortStayCategory } from '../guards/voluntaryDeparture';
import { currentResidencyStatus } from '../caseFacts';

const noInput = z.object({});

export const recognizeLegalStay = defineAction({
  id: 'recognizeLegalStay',
  labelKey: 'workflow.action.recognizeLegalStay',
  fromStages: ['STATUS_ASSESSMENT'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Aliens Act Arts. 9–13',
  inputSchema: noInput,
  guards: [validPermitRecorded],
  inputGuards: [],
  perform: ({ caseFile }) => ({ caseFile: { ...caseFile, stage: 'LEGAL_STAY', route: 'legal_stay' } }),
});

export const startDublinProcedure = defineAction({
  id: 'startDublinProcedure',
  labelKey: 'workflow.action.startDublinProcedure',
  fromStages: ['STATUS_ASSESSMENT'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Regulation (EU) No 604/2013 Arts. 21, 23, 29',
  inputSchema: noInput,
  guards: [dublinRequestRecorded],
  inputGuards: [],
  perform: ({ caseFile }) => ({ caseFile: { ...caseFile, stage: 'DUBLIN', route: 'dublin' } }),
});

export const registerCustody = defineAction({
  id: 'registerCustody',
  labelKey: 'workflow.action.registerCustody',
  fromStages: ['STATUS_ASSESSMENT'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Enforcement of a criminal sentence; ETS 112',
  inputSchema: noInput,
  guards: [inCustody],
  inputGuards: [],
  perform: ({ caseFile }) => ({ caseFile: { ...caseFile, stage: 'IN_CUSTODY' } }),
});

const orderToLeaveBasis = 'Aliens Act Arts. 7 and 74/14; Directive 2008/115/EC Arts. 6–7';

const ReturnDecisionInputSchema = z.object({
  reference: z.string().min(1).max(100).optional(),
  decidedOn: IsoDateSchema,
  notifiedOn: IsoDateSchema.optional(),
  departureDays: z.int().min(0),
  shortenedPeriodGrounds: z
    .array(ShortenedDepartureGroundSchema)
    .default([])
    .meta({ requiredWhen: { field: 'departureDays', below: voluntaryDeparture.shortenedBelow.amount } }),
  shortenedPeriodReasoning: NoteSchema.optional().meta({ requiredWhen: { field: 'departureDays', below: voluntaryDeparture.defaultPeriod.amount } }),
  legalBasis: z.string().min(1).max(300).optional(),
});

/**
 * Issues the order to leave the territory with its voluntary departure period. Also open
 * while a sentence transfer is only being assessed: considering a transfer does not close
 * the return path.
 */
export const issueReturnDecision = defineAction({
  id: 'issueReturnDecision',
  labelKey: 'workflow.action.issueReturnDecision',
  fromStages: ['STATUS_ASSESSMENT', 'IN_CUSTODY', 'TST_ASSESSMENT', 'TST_REFUSED', 'DUBLIN'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: orderToLeaveBasis,
  inputSchema: ReturnDecisionInputSchema,
  guards: [nationalityEstablished, staysIllegally],
  inputGuards: [
    {
      id: 'departure_period_lawful',
      check: ({ caseFile, input, today }) => departurePeriodProblems(input, shortStayCategory(currentResidencyStatus(caseFile, today)?.status)),
    },
    {
      id: 'decision_dates',
      check: ({ input, today }) => [
        ...(input.decidedOn > today ? [unmet('decided_on_not_future', say('unmet.decided_on_not_future'), orderToLeaveBasis)] : []),
        ...(input.notifiedOn !== undefined && input.notifiedOn < input.decidedOn
          ? [unmet('notified_after_decided', say('unmet.notified_after_decided'), voluntaryDeparture.defaultPeriod.legalBasis)]
          : []),
      ],
    },
  ],
  perform: (context) => {
    const { caseFile, input, actor } = context;
    return {
      caseFile: {
        ...caseFile,
        stage: 'RETURN_DECISION',
        route:
          caseFile.route === 'undetermined' || caseFile.route === 'sentence_transfer' ? (input.departureDays > 0 ? 'voluntary' : 'forced') : caseFile.route,
        decisions: [
          ...caseFile.decisions,
          {
            ...newRecordMeta(context, 'order_to_leave'),
            type: 'order_to_leave',
            ...(input.reference === undefined ? {} : { reference: input.reference }),
            decidedOn: input.decidedOn,
            ...(input.notifiedOn === undefined ? {} : { notifiedOn: input.notifiedOn }),
            decidedBy: actor.userId,
            legalBasis: input.legalBasis ?? orderToLeaveBasis,
            departureDays: input.departureDays,
            shortenedPeriodGrounds: input.shortenedPeriodGrounds,
            ...(input.shortenedPeriodReasoning === undefined ? {} : { shortenedPeriodReasoning: input.shortenedPeriodReasoning }),
          },
        ],
      },
      legalBasis: input.legalBasis ?? orderToLeaveBasis,
    };
  },
});
