import { z } from 'zod';
import { DetentionExtensionGroundSchema, DetentionGroundSchema, DetentionTypeSchema, IsoDateSchema, NoteSchema } from '../../model';
import { returnDirectiveDetentionCeiling } from '../../reference';
import { cumulativeDetentionDays, openDetentionPeriod } from '../caseFacts';
import { defineAction, newRecordMeta, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import {
  currentlyDetained,
  detentionMaximumReached,
  detentionTitleLastDay,
  detentionTitleMaximum,
  notMinorOrFamilyWithMinors,
  returnDirectiveCeilingDays,
  underReturnDirectiveCeiling,
} from '../guards/detention';
import { daysBetween } from '../guards/legalCalendar';
import type { CaseGuard } from '../types';

const detentionBasis = 'Directive 2008/115/EC Art. 15; Aliens Act Arts. 7, 27, 29, 51/5/1, 74/5, 74/6';

const notAlreadyDetained: CaseGuard = {
  id: 'not_already_detained',
  factual: false,
  check: ({ caseFile }) =>
    openDetentionPeriod(caseFile) === undefined ? [] : [unmet('not_already_detained', say('unmet.not_already_detained'), detentionBasis)],
};

/**
 * Places the person in a closed centre. Needs a ground and the alternatives considered
 * (RD Art. 15(1)), is refused for minors and families with minor children, and past the
 * Return Directive ceiling.
 */
export const detain = defineAction({
  id: 'detain',
  labelKey: 'workflow.action.detain',
  fromStages: ['FORCED_PREP', 'DUBLIN'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: detentionBasis,
  inputSchema: z.object({
    centre: z.string().min(1).max(200),
    detentionType: DetentionTypeSchema,
    publicOrder: z.boolean(),
    startedOn: IsoDateSchema,
    ground: DetentionGroundSchema,
    groundDescription: NoteSchema,
    alternativesConsidered: NoteSchema,
    reference: z.string().min(1).max(100).optional(),
  }),
  guards: [notMinorOrFamilyWithMinors, underReturnDirectiveCeiling, notAlreadyDetained],
  inputGuards: [
    {
      id: 'detention_start',
      check: ({ input, today, caseFile }) => [
        ...(input.startedOn > today ? [unmet('detention_start_not_future', say('unmet.detention_start_not_future'), detentionBasis)] : []),
        ...(input.detentionType === 'dublin' && caseFile.stage !== 'DUBLIN'
          ? [unmet('dublin_detention_in_dublin', say('unmet.dublin_detention_in_dublin'), 'Aliens Act Art. 51/5/1; Regulation (EU) No 604/2013 Art. 28')]
          : []),
      ],
    },
  ],
  perform: (context) => {
    const { caseFile, input, actor } = context;
    const previous = [...caseFile.detentionPeriods].sort((a, b) => a.titleNumber - b.titleNumber).at(-1);
    const period = {
      ...newRecordMeta(context, 'detention_period'),
      centre: input.centre,
      detentionType: input.detentionType,
      publicOrder: input.publicOrder,
      titleNumber: previous?.endReason === 'new_title_after_refusal_to_board' ? previous.titleNumber + 1 : 1,
      startedOn: input.startedOn,
    };
    const decision = {
      ...newRecordMeta(context, 'detention_decision'),
      type: 'detention' as const,
      ...(input.reference === undefined ? {} : { reference: input.reference }),
      decidedOn: input.startedOn,
      notifiedOn: input.startedOn,
      decidedBy: actor.userId,
      legalBasis: detentionBasis,
      detentionPeriodId: period.id,
      ground: input.ground,
      groundDescription: input.groundDescription,
      alternativesConsidered: input.alternativesConsidered,
    };
    return {
      caseFile: {
        ...caseFile,
        stage: 'DETAINED',
        detentionPeriods: [...caseFile.detentionPeriods, { ...period, decisionId: decision.id }],
        decisions: [...caseFile.decisions, decision],
      },
      legalBasis: detentionBasis,
    };
  },
});

/** Four eyes: prolonging detention, never past the title's maximum or the Return Directive ceiling. */
export const extendDetention = defineAction({
  id: 'extendDetention',
  labelKey: 'workflow.action.extendDetention',
  fromStages: ['DETAINED', 'REMOVAL_SCHEDULED'],
  permission: 'case.write',
  needsFourEyes: true,
  legalBasis: 'Aliens Act Art. 7 (3rd–5th paragraphs) and Art. 29; Directive 2008/115/EC Art. 15(5)–(6)',
  inputSchema: z.object({ extendedUntil: IsoDateSchema, ground: DetentionExtensionGroundSchema, note: NoteSchema.optional() }),
  guards: [currentlyDetained, notMinorOrFamilyWithMinors],
  inputGuards: [
    {
      id: 'extension_within_limits',
      check: ({ caseFile, input, today }) => {
        const period = openDetentionPeriod(caseFile);
        if (period === undefined) return [];
        const failures = [];
        const lastDay = detentionTitleLastDay(period, caseFile, today);
        if (input.extendedUntil > lastDay) {
          failures.push(
            unmet(
              'detention_title_maximum',
              say(period.publicOrder ? 'unmet.detention_title_maximum_public_order' : 'unmet.detention_title_maximum', { date: lastDay }),
              detentionTitleMaximum(period).legalBasis,
            ),
          );
        }
        if (input.extendedUntil <= today) failures.push(unmet('extension_in_future', say('unmet.extension_in_future'), 'Aliens Act Art. 7'));
        const ceiling = returnDirectiveCeilingDays(caseFile);
        const served = cumulativeDetentionDays(caseFile, today) + Math.max(0, daysBetween(today, input.extendedUntil));
        if (ceiling !== undefined && served > ceiling) {
          failures.push(
            unmet(
              'return_directive_ceiling',
              say('unmet.return_directive_ceiling_extension', { days: served, ceiling }),
              returnDirectiveDetentionCeiling.extended.legalBasis,
            ),
          );
        }
        return failures;
      },
    },
  ],
  perform: (context) => {
    const { caseFile, input, today, actor } = context;
    const period = openDetentionPeriod(caseFile);
    if (period === undefined) return { caseFile };
    return {
      caseFile: {
        ...caseFile,
        decisions: [
          ...caseFile.decisions,
          {
            ...newRecordMeta(context, 'detention_extension'),
            type: 'detention_extension',
            decidedOn: today,
            decidedBy: actor.userId,
            legalBasis: detentionTitleMaximum(period).legalBasis,
            detentionPeriodId: period.id,
            ground: input.ground,
            extendedUntil: input.extendedUntil,
            ...(input.note === undefined ? {} : { note: input.note }),
          },
        ],
      },
      legalBasis: detentionTitleMaximum(period).legalBasis,
    };
  },
});

export const releaseFromDetention = defineAction({
  id: 'releaseFromDetention',
  labelKey: 'workflow.action.releaseFromDetention',
  fromStages: ['DETAINED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: detentionBasis,
  inputSchema: z.object({
    releasedOn: IsoDateSchema,
    reason: z.enum(['released_alternative', 'released_by_court', 'released_other']),
    note: NoteSchema.optional(),
  }),
  guards: [currentlyDetained],
  inputGuards: [
    {
      id: 'release_date',
      check: ({ input, today }) => (input.releasedOn > today ? [unmet('release_not_future', say('unmet.release_not_future'), detentionBasis)] : []),
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const period = openDetentionPeriod(caseFile);
    return {
      caseFile: {
        ...caseFile,
        stage: period?.detentionType === 'dublin' ? 'DUBLIN' : 'FORCED_PREP',
        detentionPeriods: caseFile.detentionPeriods.map((candidate) =>
          candidate.id === period?.id ? { ...touched(candidate, context), endedOn: input.releasedOn, endReason: input.reason } : candidate,
        ),
      },
      ...(input.note === undefined ? {} : { reason: input.note }),
    };
  },
});

/** Release because the title's hard stop is reached (counted in the statistics as a release at the maximum). */
export const releaseAtMaximum = defineAction({
  id: 'releaseAtMaximum',
  labelKey: 'workflow.action.releaseAtMaximum',
  fromStages: ['DETAINED', 'REMOVAL_SCHEDULED'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: detentionBasis,
  inputSchema: z.object({}),
  guards: [currentlyDetained, detentionMaximumReached],
  inputGuards: [],
  perform: (context) => {
    const { caseFile, today } = context;
    const period = openDetentionPeriod(caseFile);
    return {
      caseFile: {
        ...caseFile,
        stage: 'RELEASED_MAX_DETENTION',
        detentionPeriods: caseFile.detentionPeriods.map((candidate) =>
          candidate.id === period?.id ? { ...touched(candidate, context), endedOn: today, endReason: 'released_at_maximum' as const } : candidate,
        ),
      },
      legalBasis: period === undefined ? detentionBasis : detentionTitleMaximum(period).legalBasis,
    };
  },
});
