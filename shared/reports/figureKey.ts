import { z } from 'zod';
import { IsoDateSchema, StageSchema, type CaseFile, type IsoDate } from '../model';
import type { DueSoonPolicy } from '../reference';
import { dueSoonPolicyWithin } from '../rules/deadlines';
import { groupOf } from './caseGrouping';
import { custodyTransferFacts, factsCountIn } from './custodyTransferOverview';
import { urgentDeadlines } from './deadlineStatistics';
import { departureMeasures } from './departureCompliance';
import { caseCountsInDetention } from './detentionStatistics';
import { ageBandOf, caseAgeBands, pendingAgeDays } from './pendingCases';
import { readmissionRequestsInPeriod } from './readmissionStatistics';
import { countsIn, ReportPeriodSchema, type ReportPeriod, type ReportWorkspace } from './reportPeriod';
import { returnRateMeasures } from './returnRate';
import { sentenceTransfersInPeriod } from './sentenceTransferStatistics';
import { vulnerabilityFacts } from './vulnerableShare';

/*
 * A figure key names one number of the dashboard or the custody-and-transfer overview so
 * the case list can show exactly the cases behind it: `caseMatchesFigure` answers, case by
 * case, with the same per-case rule the accumulator counted with. Keys are small JSON
 * (a URL search parameter, a manifest's filter), not lists of case ids: at 100,000 cases
 * a figure may hold tens of thousands of ids, and the dashboard has hundreds of figures.
 * The case list instead pages through the store once and keeps the cases that match.
 *
 * Counts of records (readmission requests, detention episodes, refusals to board,
 * transfer requests, deadlines) may exceed the number of cases listed: a case with two
 * matching records counts twice in the figure and is listed once.
 */

const groupingSchema = z.enum(['all', 'nationality', 'route', 'office']);

export const FigureKeySchema = z.discriminatedUnion('figure', [
  z.object({
    figure: z.literal('returnRate'),
    measure: z.enum(['returnDecisions', 'effectiveReturns', 'voluntaryReturns', 'forcedReturns', 'returnsInPeriod']),
    grouping: groupingSchema,
    group: z.string(),
  }),
  z.object({
    figure: z.literal('readmission'),
    measure: z.enum(['sent', 'accepted', 'deemedAccepted', 'rejected', 'pending', 'overdue', 'withdrawn']),
    requestedState: z.string().optional(),
  }),
  z.object({ figure: z.literal('detention'), measure: z.enum(['episodesEnded', 'releasesAtMaximum', 'refusalsToBoard', 'detainedOn']) }),
  z.object({ figure: z.literal('deadlines'), measure: z.enum(['overdue', 'dueSoon']), kind: z.string().optional() }),
  z.object({ figure: z.literal('departure'), measure: z.enum(['periodsEnded', 'leftInTime', 'absconded', 'suspended']) }),
  z.object({ figure: z.literal('vulnerable'), measure: z.enum(['openCases', 'vulnerableCases', 'withMinorChildren']), category: z.string().optional() }),
  z.object({
    figure: z.literal('sentenceTransfer'),
    measure: z.enum(['requested', 'withConsent', 'withoutConsent']),
    status: z.string().optional(),
    instrument: z.string().optional(),
  }),
  z.object({ figure: z.literal('pending'), stage: StageSchema.optional(), ageBand: z.enum(caseAgeBands.map((band) => band.id)).optional() }),
  z.object({
    figure: z.literal('custodyTransfer'),
    measure: z.enum([
      'inCustody',
      'noRightOfResidence',
      'residenceUnknown',
      'transferEligible',
      'transferNeedsReview',
      'transferNotEligible',
      'readmissionRoute',
    ]),
    /** Absent: every nationality (the total row). */
    nationality: z.string().optional(),
    /** With `transferEligible`: the instrument id and, if given, with (false) or without (true) consent. */
    instrument: z.string().optional(),
    withoutConsent: z.boolean().optional(),
    /** With `transferNeedsReview` / `transferNotEligible`: one reason key (`TST-2:unknown`). */
    reason: z.string().optional(),
    stage: StageSchema.optional(),
  }),
]);
export type FigureKey = z.infer<typeof FigureKeySchema>;

/** What a figure was computed for: the period, the report date, the due-soon policy and the workspace (live when absent). */
export interface FigureContext {
  period: ReportPeriod;
  asOf: IsoDate;
  dueSoonPolicy?: DueSoonPolicy;
  workspace?: ReportWorkspace;
}

/** A figure key with its context, serialisable: what a dashboard link hands to the case list. */
export const FigureFilterSchema = z.object({
  key: FigureKeySchema,
  period: ReportPeriodSchema,
  asOf: IsoDateSchema,
  /** The settings' due-soon days, when they override the reference policy. */
  dueSoonWithinDays: z.int().min(0).optional(),
  workspace: z.enum(['live', 'training']).optional(),
});
export type FigureFilter = z.infer<typeof FigureFilterSchema>;

/** Whether a case is one of the cases behind a figure (a case of the other workspace never is). */
export function caseMatchesFigure(caseFile: CaseFile, key: FigureKey, context: FigureContext): boolean {
  const { period, asOf } = context;
  const workspace = context.workspace ?? 'live';
  if (!countsIn(caseFile, workspace)) return false;
  switch (key.figure) {
    case 'returnRate':
      return groupOf(caseFile, key.grouping) === key.group && returnRateMeasures(caseFile, period, asOf, workspace).has(key.measure);
    case 'readmission':
      return readmissionRequestsInPeriod(caseFile, period, asOf, workspace).some(
        ({ request, outcome }) =>
          (key.requestedState === undefined || request.requestedState === key.requestedState) && (key.measure === 'sent' || outcome === key.measure),
      );
    case 'detention':
      return caseCountsInDetention(caseFile, key.measure, period, asOf, workspace);
    case 'deadlines':
      return urgentDeadlines(caseFile, asOf, context.dueSoonPolicy, workspace).some(
        ({ deadline, measure }) => measure === key.measure && (key.kind === undefined || deadline.kind === key.kind),
      );
    case 'departure':
      return departureMeasures(caseFile, period, asOf, workspace).has(key.measure);
    case 'vulnerable': {
      const facts = vulnerabilityFacts(caseFile, asOf, workspace);
      if (!facts.open) return false;
      if (key.category !== undefined) return [...facts.categories].some((category) => category === key.category);
      if (key.measure === 'vulnerableCases') return facts.categories.size > 0;
      if (key.measure === 'withMinorChildren') return facts.withMinorChildren;
      return true;
    }
    case 'sentenceTransfer':
      return sentenceTransfersInPeriod(caseFile, period, workspace).some(
        (transfer) =>
          (key.status === undefined || transfer.status === key.status) &&
          (key.instrument === undefined || transfer.instrument === key.instrument) &&
          (key.measure === 'requested' || transfer.withoutConsent === (key.measure === 'withoutConsent')),
      );
    case 'pending': {
      const age = pendingAgeDays(caseFile, asOf, workspace);
      return age !== undefined && (key.stage === undefined || caseFile.stage === key.stage) && (key.ageBand === undefined || ageBandOf(age) === key.ageBand);
    }
    case 'custodyTransfer': {
      const facts = custodyTransferFacts(caseFile, asOf, workspace);
      if (facts === undefined || !factsCountIn(facts, key.measure)) return false;
      if (key.nationality !== undefined && facts.nationality !== key.nationality) return false;
      if (key.stage !== undefined && facts.stage !== key.stage) return false;
      if (key.instrument !== undefined && facts.instrument !== key.instrument) return false;
      if (key.withoutConsent !== undefined && facts.withoutConsent !== key.withoutConsent) return false;
      if (key.reason !== undefined && !facts.reviewReasons.includes(key.reason) && !facts.notEligibleReasons.includes(key.reason)) return false;
      return true;
    }
  }
}

/** `caseMatchesFigure` for a serialised filter (the case list reads one from its URL). */
export function caseMatchesFigureFilter(caseFile: CaseFile, filter: FigureFilter): boolean {
  return caseMatchesFigure(caseFile, filter.key, {
    period: filter.period,
    asOf: filter.asOf,
    dueSoonPolicy: dueSoonPolicyWithin(filter.dueSoonWithinDays),
    workspace: filter.workspace ?? 'live',
  });
}
