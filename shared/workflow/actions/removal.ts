import { z } from 'zod';
import { NoteSchema, TimestampSchema } from '../../model';
import { detentionLimits } from '../../reference';
import { forcedReturnDestination, openDetentionPeriod } from '../caseFacts';
import { defineAction, newRecordMeta, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { fitToTravel, forcedReturnDecided, noPendingSuspensiveAppeal, nonRefoulementCleared, travelDocumentOrReadmission } from '../guards/removal';
import { brusselsDate } from '../guards/legalCalendar';
import type { CaseGuard } from '../types';

const removalBasis = 'Directive 2008/115/EC Arts. 5, 8, 9 and 13(2); Aliens Act Art. 27';

/** Removal needs no suspensive appeal, non-refoulement cleared, fitness to travel and a travel document or accepted readmission (domain.md §5(b)). */
export const scheduleRemoval = defineAction({
  id: 'scheduleRemoval',
  labelKey: 'workflow.action.scheduleRemoval',
  fromStages: ['FORCED_PREP', 'DETAINED', 'RELEASED_MAX_DETENTION'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: removalBasis,
  inputSchema: z.object({
    scheduledDepartureAt: TimestampSchema,
    carrier: z.enum(['police_escort', 'frontex', 'commercial_unescorted', 'other']),
    flightNumber: z.string().min(1).max(20).optional(),
    escorts: z.int().min(0),
  }),
  guards: [forcedReturnDecided, noPendingSuspensiveAppeal, nonRefoulementCleared, fitToTravel, travelDocumentOrReadmission],
  inputGuards: [
    {
      id: 'departure_in_future',
      check: ({ input, now }) =>
        Date.parse(input.scheduledDepartureAt) <= now.getTime() ? [unmet('departure_in_future', say('unmet.departure_in_future'), removalBasis)] : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const destinationCountry = forcedReturnDestination(caseFile) ?? caseFile.returnOperation?.destinationCountry ?? '';
    const returnOperation =
      caseFile.returnOperation === undefined
        ? { ...newRecordMeta(context, 'return_operation'), kind: 'forced' as const, destinationCountry, attempts: [], ...input }
        : { ...touched(caseFile.returnOperation, context), kind: 'forced' as const, destinationCountry, ...input };
    return { caseFile: { ...caseFile, stage: 'REMOVAL_SCHEDULED', returnOperation }, legalBasis: removalBasis };
  },
});

/**
 * A refusal to board ends the running detention title and starts a new one where Belgian
 * law allows it (Kabongo v Belgium); the Return Directive ceiling keeps counting.
 */
export const recordRefusalToBoard = defineAction({
  id: 'recordRefusalToBoard',
  labelKey: 'workflow.action.recordRefusalToBoard',
  fromStages: ['REMOVAL_SCHEDULED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Aliens Act Art. 27; ECtHR Kabongo v Belgium',
  inputSchema: z.object({ at: TimestampSchema, note: NoteSchema.optional() }),
  guards: [],
  inputGuards: [
    {
      id: 'refusal_not_future',
      check: ({ input, now }) =>
        Date.parse(input.at) > now.getTime() ? [unmet('refusal_not_future', say('unmet.refusal_not_future'), 'Aliens Act Art. 27')] : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const period = openDetentionPeriod(caseFile);
    const day = brusselsDate(new Date(input.at));
    const restarts = period !== undefined && detentionLimits[period.detentionType].restartsOnRefusalToBoard;
    const detentionPeriods =
      period === undefined || !restarts
        ? caseFile.detentionPeriods
        : [
            ...caseFile.detentionPeriods.map((candidate) =>
              candidate.id === period.id ? { ...touched(candidate, context), endedOn: day, endReason: 'new_title_after_refusal_to_board' as const } : candidate,
            ),
            {
              ...newRecordMeta(context, 'detention_period_after_refusal'),
              centre: period.centre,
              detentionType: period.detentionType,
              publicOrder: period.publicOrder,
              titleNumber: period.titleNumber + 1,
              startedOn: day,
              ...(period.decisionId === undefined ? {} : { decisionId: period.decisionId }),
            },
          ];
    const operation = caseFile.returnOperation;
    return {
      caseFile: {
        ...caseFile,
        stage: period === undefined ? 'FORCED_PREP' : 'DETAINED',
        detentionPeriods,
        returnOperation:
          operation === undefined
            ? operation
            : {
                ...touched(operation, context),
                attempts: [
                  ...operation.attempts,
                  { at: input.at, outcome: 'refused_to_board' as const, ...(input.note === undefined ? {} : { note: input.note }) },
                ],
              },
      },
      ...(input.note === undefined ? {} : { reason: input.note }),
    };
  },
});

export const cancelRemoval = defineAction({
  id: 'cancelRemoval',
  labelKey: 'workflow.action.cancelRemoval',
  fromStages: ['REMOVAL_SCHEDULED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: removalBasis,
  inputSchema: z.object({ reason: NoteSchema }),
  guards: [],
  inputGuards: [],
  perform: (context) => {
    const { caseFile, input, now } = context;
    const operation = caseFile.returnOperation;
    return {
      caseFile: {
        ...caseFile,
        stage: openDetentionPeriod(caseFile) === undefined ? 'FORCED_PREP' : 'DETAINED',
        returnOperation:
          operation === undefined
            ? operation
            : {
                ...touched(operation, context),
                attempts: [...operation.attempts, { at: now.toISOString(), outcome: 'cancelled' as const, note: input.reason }],
              },
      },
      reason: input.reason,
    };
  },
});

/** The person has left: detention ends, readmission requests for the destination are executed. */
export const confirmRemoval = defineAction({
  id: 'confirmRemoval',
  labelKey: 'workflow.action.confirmRemoval',
  fromStages: ['REMOVAL_SCHEDULED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: removalBasis,
  inputSchema: z.object({ departedAt: TimestampSchema, arrivalConfirmedAt: TimestampSchema.optional() }),
  guards: [noPendingSuspensiveAppeal],
  inputGuards: [
    {
      id: 'departure_not_future',
      check: ({ input, now }) =>
        Date.parse(input.departedAt) > now.getTime() ? [unmet('departure_not_future', say('unmet.departure_not_future'), removalBasis)] : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const day = brusselsDate(new Date(input.departedAt));
    const destination = caseFile.returnOperation?.destinationCountry;
    const operation = caseFile.returnOperation;
    return {
      caseFile: {
        ...caseFile,
        stage: 'REMOVED',
        detentionPeriods: caseFile.detentionPeriods.map((period) =>
          period.endedOn === undefined ? { ...touched(period, context), endedOn: day, endReason: 'removed' as const } : period,
        ),
        readmissionRequests: caseFile.readmissionRequests.map((request) =>
          request.requestedState === destination && ['ACCEPTED', 'DEEMED_ACCEPTED', 'TD_ISSUED'].includes(request.status)
            ? { ...touched(request, context), status: 'EXECUTED' as const, executedOn: day }
            : request,
        ),
        returnOperation:
          operation === undefined
            ? operation
            : { ...touched(operation, context), ...input, attempts: [...operation.attempts, { at: input.departedAt, outcome: 'departed' as const }] },
      },
      legalBasis: removalBasis,
    };
  },
});

const departureRecorded: CaseGuard = {
  id: 'departure_recorded',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.returnOperation?.departedAt === undefined ? [unmet('departure_recorded', say('unmet.departure_recorded'), removalBasis)] : [],
};

/** Four eyes: closing a case as removed ends the office's file on the person. */
export const closeAsRemoved = defineAction({
  id: 'closeAsRemoved',
  labelKey: 'workflow.action.closeAsRemoved',
  fromStages: ['REMOVED'],
  permission: 'case.write',
  needsFourEyes: true,
  legalBasis: removalBasis,
  inputSchema: z.object({ note: NoteSchema.optional() }),
  guards: [departureRecorded],
  inputGuards: [],
  perform: ({ caseFile, today, input }) => ({
    caseFile: { ...caseFile, stage: 'CLOSED', closedOn: today, closureReason: 'removed' },
    ...(input.note === undefined ? {} : { reason: input.note }),
  }),
});
