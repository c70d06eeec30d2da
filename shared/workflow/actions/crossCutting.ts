import { z } from 'zod';
import { IsoDateSchema, NoteSchema, SuspensionReasonSchema, type Stage } from '../../model';
import { openDetentionPeriod, pendingSuspensiveAppeals } from '../caseFacts';
import { defineAction, touched } from '../defineAction';
import { officeProcedure, say, unmet } from '../guards/condition';
import { activeStages } from '../stages';
import type { CaseGuard } from '../types';

const suspensionBasis = 'Directive 2008/115/EC Arts. 9 and 13(2) (postponement of removal; suspensive appeal)';

/** Suspends the case (suspensive appeal, medical reasons, non-refoulement review), remembering where to resume. */
export const suspendCase = defineAction({
  id: 'suspendCase',
  labelKey: 'workflow.action.suspendCase',
  fromStages: activeStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: suspensionBasis,
  inputSchema: z.object({ reason: SuspensionReasonSchema, since: IsoDateSchema, note: NoteSchema.optional() }),
  guards: [],
  inputGuards: [
    {
      id: 'suspension_date',
      check: ({ input, today }) => (input.since > today ? [unmet('suspension_not_future', say('unmet.suspension_not_future'), suspensionBasis)] : []),
    },
  ],
  perform: ({ caseFile, input }) => ({
    caseFile: {
      ...caseFile,
      stage: 'SUSPENDED',
      resumeStage: caseFile.stage,
      suspension: { reason: input.reason, since: input.since, ...(input.note === undefined ? {} : { note: input.note }) },
    },
    legalBasis: suspensionBasis,
    ...(input.note === undefined ? {} : { reason: input.note }),
  }),
});

const suspensionCanEnd: CaseGuard = {
  id: 'suspension_can_end',
  factual: true,
  check: ({ caseFile }) => {
    const failures = [];
    if (caseFile.resumeStage === undefined) failures.push(unmet('resume_stage_known', say('unmet.resume_stage_known'), officeProcedure));
    if (caseFile.suspension?.reason === 'suspensive_appeal' && pendingSuspensiveAppeals(caseFile).length > 0) {
      failures.push(
        unmet('no_pending_suspensive_appeal', say('unmet.no_pending_suspensive_appeal_resume'), 'Directive 2008/115/EC Art. 13(2); Aliens Act Art. 39/79'),
      );
    }
    return failures;
  },
};

/** Where to resume: detention-dependent stages fall back to forced preparation if no detention is running any more. */
function resumableStage(stage: Stage, detained: boolean): Stage {
  if ((stage === 'DETAINED' || stage === 'REMOVAL_SCHEDULED') && !detained) return 'FORCED_PREP';
  return stage;
}

export const resumeCase = defineAction({
  id: 'resumeCase',
  labelKey: 'workflow.action.resumeCase',
  fromStages: ['SUSPENDED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: suspensionBasis,
  inputSchema: z.object({ note: NoteSchema.optional() }),
  guards: [suspensionCanEnd],
  inputGuards: [],
  perform: ({ caseFile, input }) => ({
    caseFile: {
      ...caseFile,
      stage: resumableStage(caseFile.resumeStage ?? 'STATUS_ASSESSMENT', openDetentionPeriod(caseFile) !== undefined),
      resumeStage: undefined,
      suspension: undefined,
    },
    ...(input.note === undefined ? {} : { reason: input.note }),
  }),
});

export const recordAbsconding = defineAction({
  id: 'recordAbsconding',
  labelKey: 'workflow.action.recordAbsconding',
  fromStages: activeStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: 'Directive 2008/115/EC Art. 3(7) (risk of absconding)',
  inputSchema: z.object({ since: IsoDateSchema, note: NoteSchema.optional() }),
  guards: [],
  inputGuards: [
    {
      id: 'absconding_date',
      check: ({ input, today }) => (input.since > today ? [unmet('absconding_not_future', say('unmet.date_not_future'), officeProcedure)] : []),
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    return {
      caseFile: {
        ...caseFile,
        stage: 'ABSCONDED',
        resumeStage: caseFile.stage,
        abscondedSince: input.since,
        detentionPeriods: caseFile.detentionPeriods.map((period) =>
          period.endedOn === undefined ? { ...touched(period, context), endedOn: input.since, endReason: 'released_other' as const } : period,
        ),
      },
      ...(input.note === undefined ? {} : { reason: input.note }),
    };
  },
});

const resumeStageKnown: CaseGuard = {
  id: 'resume_stage_known',
  factual: true,
  check: ({ caseFile }) => (caseFile.resumeStage === undefined ? [unmet('resume_stage_known', say('unmet.resume_stage_known'), officeProcedure)] : []),
};

export const recordReappearance = defineAction({
  id: 'recordReappearance',
  labelKey: 'workflow.action.recordReappearance',
  fromStages: ['ABSCONDED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: officeProcedure,
  inputSchema: z.object({ on: IsoDateSchema, note: NoteSchema.optional() }),
  guards: [resumeStageKnown],
  inputGuards: [
    {
      id: 'reappearance_date',
      check: ({ input, today }) => (input.on > today ? [unmet('reappearance_not_future', say('unmet.date_not_future'), officeProcedure)] : []),
    },
  ],
  perform: ({ caseFile, input }) => ({
    caseFile: {
      ...caseFile,
      stage: resumableStage(caseFile.resumeStage ?? 'STATUS_ASSESSMENT', openDetentionPeriod(caseFile) !== undefined),
      resumeStage: undefined,
      abscondedSince: undefined,
    },
    ...(input.note === undefined ? {} : { reason: input.note }),
  }),
});
