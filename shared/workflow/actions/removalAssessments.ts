import type { z } from 'zod';
import { FitnessToTravelSchema, NonRefoulementAssessmentSchema } from '../../model';
import { defineAction, newRecordMeta } from '../defineAction';
import { say, unmet } from '../guards/condition';

/**
 * The two assessments removal needs (domain.md §5(b) guards of REMOVAL_SCHEDULED): the risk
 * of refoulement to the destination and the person's fitness to travel. Each is a new
 * record (the history keeps every assessment; the guards read the latest), written with
 * its audit event by the runner. Both can be recorded at any open stage: an assessment
 * may come while the case is suspended for a non-refoulement review or a medical reason.
 */

const nonRefoulementBasis = 'Directive 2008/115/EC Art. 5; ECHR Art. 3; Aliens Act Art. 74/13';
const fitnessBasis = 'Directive 2008/115/EC Arts. 5(c) and 9(2)(a)';

const writtenByWorkflow = { id: true, createdAt: true, updatedAt: true, updatedBy: true, version: true } as const;

export const NonRefoulementInputSchema = NonRefoulementAssessmentSchema.omit(writtenByWorkflow).extend({
  reasoning: NonRefoulementAssessmentSchema.shape.reasoning.meta({ requiredWhen: { field: 'outcome', oneOf: ['risk_identified', 'under_review'] } }),
});
export const FitnessToTravelInputSchema = FitnessToTravelSchema.omit(writtenByWorkflow);

export const recordNonRefoulementAssessment = defineAction({
  id: 'recordNonRefoulementAssessment',
  labelKey: 'workflow.action.recordNonRefoulementAssessment',
  fromStages: 'any_open',
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: nonRefoulementBasis,
  inputSchema: NonRefoulementInputSchema,
  guards: [],
  inputGuards: [
    {
      id: 'assessment_dates',
      check: ({ input, today }) => [
        ...(input.assessedOn > today ? [unmet('assessed_on_not_future', say('unmet.assessed_on_not_future'), nonRefoulementBasis)] : []),
        // A risk found or a review still open must be reasoned: it is what the removal guard will show.
        ...(input.outcome !== 'cleared' && input.reasoning === undefined
          ? [unmet('non_refoulement_reasoning', say('unmet.non_refoulement_reasoning'), nonRefoulementBasis)]
          : []),
      ],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    const countriesConsidered = input.countriesConsidered === undefined ? undefined : [...new Set([input.destinationCountry, ...input.countriesConsidered])];
    const assessment = {
      ...newRecordMeta(context, 'non_refoulement_assessment'),
      ...input,
      ...(countriesConsidered === undefined ? {} : { countriesConsidered }),
    };
    return {
      caseFile: { ...caseFile, nonRefoulementAssessments: [...caseFile.nonRefoulementAssessments, assessment] },
      legalBasis: nonRefoulementBasis,
      ...(input.reasoning === undefined ? {} : { reason: input.reasoning }),
    };
  },
});

export const recordFitnessToTravel = defineAction({
  id: 'recordFitnessToTravel',
  labelKey: 'workflow.action.recordFitnessToTravel',
  fromStages: 'any_open',
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: fitnessBasis,
  inputSchema: FitnessToTravelInputSchema,
  guards: [],
  inputGuards: [
    {
      id: 'fitness_details',
      check: ({ input, today }) => [
        ...(input.assessedOn > today ? [unmet('assessed_on_not_future', say('unmet.assessed_on_not_future'), fitnessBasis)] : []),
        ...(input.validUntil !== undefined && input.validUntil < input.assessedOn
          ? [unmet('valid_until_after_assessment', say('unmet.valid_until_after_assessment'), fitnessBasis)]
          : []),
        // Fit "with conditions" means nothing to the escort team unless the conditions are written down.
        ...(input.outcome === 'fit_with_conditions' && input.conditions === undefined && input.medicalNeeds === undefined && input.escortRequired !== true
          ? [unmet('fitness_conditions', say('unmet.fitness_conditions'), fitnessBasis)]
          : []),
      ],
    },
  ],
  perform: (context) => {
    const { caseFile, input } = context;
    return {
      caseFile: { ...caseFile, fitnessAssessments: [...caseFile.fitnessAssessments, { ...newRecordMeta(context, 'fitness_to_travel'), ...input }] },
      legalBasis: fitnessBasis,
    };
  },
});

export type NonRefoulementInput = z.infer<typeof NonRefoulementInputSchema>;
export type FitnessToTravelInput = z.infer<typeof FitnessToTravelInputSchema>;
