import { z } from 'zod';
import { CustodySchema, IsoDateSchema, NoteSchema } from '../../model';
import { defineAction, touched } from '../defineAction';
import { say, unmet } from '../guards/condition';
import { inCustody } from '../guards/statusAssessment';

/**
 * Custody facts the rules need that the custody section does not carry (they are
 * decisions or assessments with their own author and date, recorded one at a time):
 * - the exceptional case of a remainder under six months, which both states must agree
 *   to (ETS 112 Art. 3(2)): the office's proposal first, the other state's agreement later;
 * - a mental-health screening, which can rule out a serious mental disorder (the
 *   prison-capacity-abroad policy model excludes persons with one).
 */

const custodyStages = ['IN_CUSTODY', 'TST_ASSESSMENT', 'TST_REQUESTED', 'TST_REFUSED'] as const;
const exceptionalBasis = 'ETS 112 Art. 3(2)';
const screeningBasis = 'Prison capacity abroad: Denmark–Kosovo model (policy model, no Belgian legal basis)';

export const recordExceptionalShortRemainder = defineAction({
  id: 'recordExceptionalShortRemainder',
  labelKey: 'workflow.action.recordExceptionalShortRemainder',
  fromStages: custodyStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: exceptionalBasis,
  inputSchema: z.object({ reason: NoteSchema, otherStateAgreedOn: IsoDateSchema.optional(), otherStateReference: z.string().min(1).max(100).optional() }),
  guards: [inCustody],
  inputGuards: [
    {
      id: 'agreement_date',
      check: ({ input, today }) =>
        input.otherStateAgreedOn !== undefined && input.otherStateAgreedOn > today
          ? [unmet('agreement_date_not_future', say('unmet.date_not_future'), exceptionalBasis)]
          : [],
    },
  ],
  perform: (context) => {
    const { caseFile, input, actor, today } = context;
    const custody = caseFile.custody;
    if (custody === undefined) return { caseFile };
    const previous = custody.exceptionalShortRemainder;
    // The office's proposal keeps its author and date when the other state's agreement is added later.
    const exceptionalShortRemainder = {
      reason: input.reason,
      recordedBy: previous?.recordedBy ?? actor.userId,
      recordedOn: previous?.recordedOn ?? today,
      ...(input.otherStateAgreedOn === undefined ? {} : { otherStateAgreedOn: input.otherStateAgreedOn }),
      ...(input.otherStateReference === undefined ? {} : { otherStateReference: input.otherStateReference }),
    };
    return {
      caseFile: { ...caseFile, custody: { ...touched(custody, context), exceptionalShortRemainder } },
      reason: input.reason,
      legalBasis: exceptionalBasis,
    };
  },
});

const RecordedScreeningSchema = CustodySchema.shape.mentalHealthScreening.unwrap();
// The outcome's labels are a group of their own in the dialog (the model's JSON Schema carries no labels).
const ScreeningSchema = RecordedScreeningSchema.extend({ outcome: RecordedScreeningSchema.shape.outcome.meta({ enumLabels: 'screeningOutcome' }) });

export const recordMentalHealthScreening = defineAction({
  id: 'recordMentalHealthScreening',
  labelKey: 'workflow.action.recordMentalHealthScreening',
  fromStages: custodyStages,
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: screeningBasis,
  inputSchema: ScreeningSchema,
  guards: [inCustody],
  inputGuards: [
    {
      id: 'screening_date',
      check: ({ input, today }) => (input.screenedOn > today ? [unmet('screened_on_not_future', say('unmet.assessed_on_not_future'), screeningBasis)] : []),
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const custody = caseFile.custody;
    if (custody === undefined) return { caseFile };
    return { caseFile: { ...caseFile, custody: { ...touched(custody, context), mentalHealthScreening: input } }, legalBasis: screeningBasis };
  },
});
