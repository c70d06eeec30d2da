import { z } from 'zod';
import { ClosureReasonSchema, NoteSchema, type ClosureReason, type Stage } from '../../model';
import { defineAction } from '../defineAction';
import { officeProcedure, say, unmet } from '../guards/condition';
import { activeStages } from '../stages';

/** The closure reason each outcome stage leads to. */
const outcomeClosure: Partial<Record<Stage, ClosureReason>> = {
  LEGAL_STAY: 'regularised',
  DEPARTED_VOLUNTARILY: 'departed_voluntarily',
  DUBLIN_TRANSFERRED: 'dublin_transferred',
  TST_TRANSFERRED: 'sentence_transferred',
};

/** Reasons that close a case from any stage (not an outcome of the procedure). */
const administrativeClosures: readonly ClosureReason[] = ['deceased', 'duplicate', 'left_unverified', 'other'];

/**
 * Closes a case at an outcome (regularised, voluntary departure, Dublin or sentence
 * transfer) or, with a note, for an administrative reason. Closing as removed is a
 * separate four-eyes action.
 */
export const closeCase = defineAction({
  id: 'closeCase',
  labelKey: 'workflow.action.closeCase',
  fromStages: [...(Object.keys(outcomeClosure) as Stage[]), ...activeStages, 'SUSPENDED', 'ABSCONDED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: officeProcedure,
  inputSchema: z.object({
    reason: ClosureReasonSchema.optional(),
    note: NoteSchema.optional().meta({ requiredWhen: { field: 'reason', oneOf: administrativeClosures } }),
  }),
  guards: [],
  inputGuards: [
    {
      id: 'closure_reason',
      check: ({ caseFile, input }) => {
        const outcome = outcomeClosure[caseFile.stage];
        if (input.reason === 'removed') return [unmet('closure_reason', say('unmet.closure_reason_removed'), officeProcedure)];
        if (outcome !== undefined && (input.reason === undefined || input.reason === outcome)) return [];
        if (input.reason === undefined || !administrativeClosures.includes(input.reason)) {
          return [unmet('closure_reason', say('unmet.closure_reason_early'), officeProcedure)];
        }
        return input.note === undefined ? [unmet('closure_note', say('unmet.closure_note'), officeProcedure)] : [];
      },
    },
  ],
  perform: ({ caseFile, today, input }) => {
    const reason = input.reason ?? outcomeClosure[caseFile.stage] ?? 'other';
    return {
      caseFile: { ...caseFile, stage: 'CLOSED', closedOn: today, closureReason: reason, resumeStage: undefined, suspension: undefined },
      ...(input.note === undefined ? {} : { reason: input.note }),
    };
  },
});

/** Only a supervisor reopens a closed case, with a reason; it restarts at status assessment. */
export const reopenCase = defineAction({
  id: 'reopenCase',
  labelKey: 'workflow.action.reopenCase',
  fromStages: ['CLOSED'],
  permission: 'case.reopen',
  needsFourEyes: false,
  legalBasis: officeProcedure,
  inputSchema: z.object({ reason: NoteSchema }),
  guards: [],
  inputGuards: [],
  perform: ({ caseFile, input }) => ({
    caseFile: { ...caseFile, stage: 'STATUS_ASSESSMENT', closedOn: undefined, closureReason: undefined },
    reason: input.reason,
  }),
});
