import type { CaseFile, DetentionExtensionDecision, DetentionPeriod } from '../../model';
import { detentionLimits, returnDirectiveDetentionCeiling, type CalendarDate, type DetentionStep, type LegalPeriod } from '../../reference';
import { addCalendarDays, daysBetween, earlierOf, endOfPeriod } from './calendarArithmetic';
import { buildDeadline, type Deadline } from './deadline';

/** The Belgian maximum for this title: the public-order maximum where the type allows one and the flag is set. */
export function detentionMaximum(period: Pick<DetentionPeriod, 'detentionType' | 'publicOrder'>): LegalPeriod {
  const limit = detentionLimits[period.detentionType];
  return period.publicOrder && limit.publicOrderMaximum ? limit.publicOrderMaximum : limit.maximum;
}

export interface DetentionStepDate {
  stepId: DetentionStep['id'];
  /** Last day of detention this step allows, counted from the start of the title. */
  date: CalendarDate;
  /** Who must decide to go past the previous step. */
  extensionBy: DetentionStep['extensionBy'];
  legalBasis: string;
  verified: boolean;
}

/**
 * The schedule of a detention title (domain.md §5(d)): for return detention 2, 4 and 5
 * months (release), then, on public-order grounds, one month at a time up to 8.
 */
export function detentionSchedule(period: Pick<DetentionPeriod, 'detentionType' | 'publicOrder' | 'startedOn'>): DetentionStepDate[] {
  const limit = detentionLimits[period.detentionType];
  const steps: DetentionStepDate[] = limit.steps.map((step) => ({
    stepId: step.id,
    date: endOfPeriod(period.startedOn, step.cumulative),
    extensionBy: step.extensionBy,
    legalBasis: step.cumulative.legalBasis,
    verified: step.cumulative.verified,
  }));
  const maximum = limit.publicOrderMaximum;
  const increment = limit.publicOrderStep;
  if (period.publicOrder && maximum && increment) {
    const last = limit.maximum;
    // Each public-order extension adds one step until the public-order maximum.
    for (let reached = { ...last }; reached.amount + increment.amount <= maximum.amount;) {
      reached = { ...reached, amount: reached.amount + increment.amount };
      steps.push({
        stepId: 'public_order_extension',
        date: endOfPeriod(period.startedOn, reached),
        extensionBy: 'minister',
        legalBasis: maximum.legalBasis,
        verified: maximum.verified,
      });
    }
  }
  return steps;
}

/** Last day of detention allowed by the current title: the latest extension, else the initial step. */
function authorisedUntil(period: DetentionPeriod, decisions: CaseFile['decisions']): { date: CalendarDate; step: LegalPeriod } {
  const limit = detentionLimits[period.detentionType];
  const initial = limit.steps[0]?.cumulative ?? limit.maximum;
  const extension = decisions
    .filter((decision): decision is DetentionExtensionDecision => decision.type === 'detention_extension' && decision.detentionPeriodId === period.id)
    .sort((a, b) => a.extendedUntil.localeCompare(b.extendedUntil))
    .at(-1);
  return extension ? { date: extension.extendedUntil, step: initial } : { date: endOfPeriod(period.startedOn, initial), step: initial };
}

/**
 * Deadlines of one detention title: the end of the current authorisation (extend or
 * release) and the hard maximum by type (Aliens Act Art. 7, 74/5, 74/6, 51/5/1).
 */
export function detentionDeadline(period: DetentionPeriod, caseFile: Pick<CaseFile, 'decisions'>, asOf: CalendarDate): Deadline[] {
  const maximum = detentionMaximum(period);
  const maximumDate = endOfPeriod(period.startedOn, maximum);
  const record = { type: 'detention_period' as const, id: period.id };
  const metOn = period.endedOn ?? null;
  const deadlines: Deadline[] = [
    buildDeadline({
      kind: 'detention_maximum',
      record,
      label: period.publicOrder ? 'Detention maximum (public order): release by' : 'Detention maximum: release by',
      startDate: period.startedOn,
      dueDate: maximumDate,
      period: maximum,
      legalBasis: maximum.legalBasis,
      verified: maximum.verified,
      metOn,
      asOf,
    }),
  ];
  const authorised = authorisedUntil(period, caseFile.decisions);
  const titleEnd = earlierOf(authorised.date, maximumDate);
  // An extension dated before the title started is inconsistent data: no title deadline then.
  if (titleEnd < maximumDate && titleEnd >= period.startedOn) {
    deadlines.push(
      buildDeadline({
        kind: 'detention_title',
        record,
        label: 'Detention title ends: extend or release by',
        startDate: period.startedOn,
        dueDate: titleEnd,
        period: authorised.step,
        legalBasis: authorised.step.legalBasis,
        verified: authorised.step.verified,
        metOn,
        asOf,
      }),
    );
  }
  return deadlines;
}

/** Days spent in a closed title (or up to `asOf` for an open one). */
function daysDetained(period: DetentionPeriod, asOf: CalendarDate): number {
  return Math.max(0, daysBetween(period.startedOn, period.endedOn ?? asOf));
}

/**
 * The Return Directive ceiling counts every return-detention title for the same return
 * decision together, gaps included; a Belgian restart after refusal to board does not
 * reset it (RD Art. 15(5)–(6); CJEU Kadzoev). The due date assumes the current title runs on.
 */
export function cumulativeDetentionDeadline(caseFile: Pick<CaseFile, 'detentionPeriods'>, asOf: CalendarDate): Deadline | undefined {
  const periods = caseFile.detentionPeriods.filter((period) => period.detentionType === 'return').sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const current = periods.filter((period) => period.endedOn === undefined).at(-1) ?? periods.at(-1);
  const first = periods[0];
  if (!current || !first) return undefined;
  const ceiling = returnDirectiveDetentionCeiling.extended;
  const ceilingDays = daysBetween(first.startedOn, endOfPeriod(first.startedOn, ceiling));
  const usedBefore = periods.filter((period) => period !== current).reduce((sum, period) => sum + daysDetained(period, asOf), 0);
  const dueDate = addCalendarDays(current.startedOn, ceilingDays - usedBefore);
  return buildDeadline({
    kind: 'detention_cumulative_ceiling',
    record: { type: 'detention_period', id: current.id },
    label: 'Return Directive ceiling (all titles together)',
    // Starts at the first title: the ceiling runs over the whole return decision.
    startDate: earlierOf(first.startedOn, dueDate),
    dueDate,
    period: { ...ceiling },
    legalBasis: ceiling.legalBasis,
    verified: ceiling.verified,
    metOn: current.endedOn ?? null,
    asOf,
  });
}
