import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, TimestampSchema } from '../../model';
import { defineAction, newRecordMeta, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { departurePeriodOverOrNone, departurePeriodRunning, orderToLeaveNotified } from '../guards/voluntaryDeparture';
import type { CaseGuard } from '../types';

const voluntaryBasis = 'Directive 2008/115/EC Art. 7; Aliens Act Art. 74/14; Fedasil/IOM assisted voluntary return';
const forcedBasis = 'Directive 2008/115/EC Art. 8; Aliens Act Arts. 7 and 27';

export const startVoluntaryPreparation = defineAction({
  id: 'startVoluntaryPreparation',
  labelKey: 'workflow.action.startVoluntaryPreparation',
  fromStages: ['RETURN_DECISION'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: voluntaryBasis,
  inputSchema: z.object({
    carrier: z.enum(['iom', 'fedasil', 'own_means', 'commercial_unescorted', 'other']),
    destinationCountry: CountryCodeSchema,
    voluntaryReturnConsentOn: IsoDateSchema,
  }),
  guards: [orderToLeaveNotified, departurePeriodRunning],
  inputGuards: [
    {
      id: 'consent_date',
      check: ({ input, today }) =>
        input.voluntaryReturnConsentOn > today ? [unmet('consent_date_not_future', say('unmet.consent_date_not_future'), voluntaryBasis)] : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const returnOperation =
      caseFile.returnOperation === undefined
        ? { ...newRecordMeta(context, 'return_operation'), kind: 'voluntary' as const, escorts: 0, attempts: [], ...input }
        : { ...touched(caseFile.returnOperation, context), kind: 'voluntary' as const, ...input };
    return { caseFile: { ...caseFile, stage: 'VOLUNTARY_PREP', route: 'voluntary', returnOperation }, legalBasis: voluntaryBasis };
  },
});

const voluntaryOperationRecorded: CaseGuard = {
  id: 'voluntary_operation_recorded',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.returnOperation?.kind === 'voluntary' ? [] : [unmet('voluntary_operation_recorded', say('unmet.voluntary_operation_recorded'), voluntaryBasis)],
};

export const confirmVoluntaryDeparture = defineAction({
  id: 'confirmVoluntaryDeparture',
  labelKey: 'workflow.action.confirmVoluntaryDeparture',
  fromStages: ['VOLUNTARY_PREP'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: voluntaryBasis,
  inputSchema: z.object({ departedAt: TimestampSchema, arrivalConfirmedAt: TimestampSchema.optional() }),
  guards: [voluntaryOperationRecorded],
  inputGuards: [
    {
      id: 'departure_not_future',
      check: ({ input, now }) =>
        Date.parse(input.departedAt) > now.getTime() ? [unmet('departure_not_future', say('unmet.departure_not_future'), voluntaryBasis)] : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const operation = caseFile.returnOperation;
    return {
      caseFile: {
        ...caseFile,
        stage: 'DEPARTED_VOLUNTARILY',
        returnOperation:
          operation === undefined
            ? operation
            : { ...touched(operation, context), ...input, attempts: [...operation.attempts, { at: input.departedAt, outcome: 'departed' as const }] },
      },
    };
  },
});

/**
 * Four eyes: the decision to enforce the return by force. Needs the voluntary departure
 * period over, or an order that granted none on a recorded ground (domain.md §5(b)).
 */
export const decideForcedReturn = defineAction({
  id: 'decideForcedReturn',
  labelKey: 'workflow.action.decideForcedReturn',
  fromStages: ['RETURN_DECISION', 'VOLUNTARY_PREP'],
  permission: 'case.write',
  needsFourEyes: true,
  legalBasis: forcedBasis,
  inputSchema: z.object({ destinationCountry: CountryCodeSchema, reference: z.string().min(1).max(100).optional(), note: NoteSchema.optional() }),
  guards: [orderToLeaveNotified, departurePeriodOverOrNone],
  inputGuards: [],
  perform: (context) => {
    const { caseFile, input, today, actor } = context;
    return {
      caseFile: {
        ...caseFile,
        stage: 'FORCED_PREP',
        route: caseFile.route === 'readmission' ? 'readmission' : 'forced',
        decisions: [
          ...caseFile.decisions,
          {
            ...newRecordMeta(context, 'forced_return'),
            type: 'forced_return',
            ...(input.reference === undefined ? {} : { reference: input.reference }),
            decidedOn: today,
            decidedBy: actor.userId,
            legalBasis: forcedBasis,
            destinationCountry: input.destinationCountry,
            ...(input.note === undefined ? {} : { note: input.note }),
          },
        ],
      },
      legalBasis: forcedBasis,
      ...(input.note === undefined ? {} : { reason: input.note }),
    };
  },
});
