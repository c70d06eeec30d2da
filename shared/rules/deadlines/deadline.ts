import { explain, type Explanation, type MessageKey } from '../../explanations';
import { dayCountingOf, type CalendarDate, type DayCounting, type LegalPeriod } from '../../reference';
import { daysBetween } from './calendarArithmetic';
import { deadlineProgress, deadlineUrgency } from './dueSoon';

/** Every timer of domain.md §5(d). */
export type DeadlineKind =
  | 'voluntary_departure'
  | 'detention_title'
  | 'detention_maximum'
  | 'detention_cumulative_ceiling'
  | 'readmission_reply'
  | 'readmission_transfer_window'
  | 'transit_reply'
  | 'wrongful_readmission'
  | 'laissez_passer_validity'
  | 'third_country_national_request'
  | 'dublin_transfer'
  | 'fd_2008_909_recognition'
  | 'fd_2008_909_transfer'
  | 'sentence_end'
  | 'sentence_transfer_request_arrival'
  | 'conditional_release'
  | 'entry_ban_end'
  | 'reintegration_end';

/**
 * running → due_soon (the office's policy: 75 % of the period elapsed or 7 days left, see dueSoon.ts) → overdue after the due date; met once done.
 * `ended`: a period that belongs to the person (the voluntary departure period) has run out without being used: nothing was
 * met, and something follows (forced return may be prepared): the case file and the list flag it.
 */
export type DeadlineState = 'running' | 'due_soon' | 'overdue' | 'met' | 'ended';

/** The record of the case file a deadline belongs to. */
export interface DeadlineRecord {
  type:
    | 'decision'
    | 'detention_period'
    | 'readmission_request'
    | 'transit_request'
    | 'dublin_request'
    | 'sentence_transfer'
    | 'custody'
    | 'residency_status'
    | 'return_operation';
  id: string;
}

export interface Deadline {
  /** Stable: `<kind>:<record id>`. */
  id: string;
  kind: DeadlineKind;
  record: DeadlineRecord;
  /** i18n key and English label. */
  labelKey: string;
  label: string;
  startDate: CalendarDate;
  /** The last day on which the act is still in time. */
  dueDate: CalendarDate;
  counting: DayCounting;
  /** The legal period applied (null when the due date is a recorded date, e.g. a sentence end). */
  period: LegalPeriod | null;
  legalBasis: string;
  verified: boolean;
  state: DeadlineState;
  /** The date the deadline was met (act done, period ended), if it was. */
  metOn: CalendarDate | null;
  /**
   * `action`: something must happen by the due date (overdue when missed);
   * `expiry`: a period that simply ends (an entry ban, the reintegration window).
   */
  nature: 'action' | 'expiry';
  /** False for indicative limits (FD 2008/909): the app warns, never blocks. */
  blocking: boolean;
  /** Share of the period elapsed on the assessment date, 0–1 (capped). */
  elapsedShare: number;
  /** Days from the assessment date to the due date (negative when overdue). */
  daysRemaining: number;
  /** What expiry means, e.g. the request counts as accepted (catalogue key and English text). */
  consequence?: { messageKey: MessageKey; text: string };
  /** A fact that changed the period, e.g. days added for obstacles (catalogue message with its values). */
  note?: Explanation;
}

export interface DeadlineInput {
  kind: DeadlineKind;
  record: DeadlineRecord;
  label: string;
  startDate: CalendarDate;
  dueDate: CalendarDate;
  period: LegalPeriod | null;
  legalBasis: string;
  verified: boolean;
  metOn: CalendarDate | null;
  nature?: 'action' | 'expiry';
  /** An expiry whose passing is a state to flag ("ended"), not a thing done ("met"). */
  flagWhenEnded?: boolean;
  blocking?: boolean;
  /** Catalogue key of what expiry means. */
  consequence?: MessageKey;
  note?: Explanation;
  asOf: CalendarDate;
}

/** Derives the state of a deadline on a date. */
export function deadlineState(input: {
  startDate: CalendarDate;
  dueDate: CalendarDate;
  metOn: CalendarDate | null;
  nature: 'action' | 'expiry';
  flagWhenEnded?: boolean;
  asOf: CalendarDate;
}): { state: DeadlineState; elapsedShare: number } {
  const progress = deadlineProgress(input, input.asOf);
  const { elapsedShare } = progress;
  if (input.metOn !== null && input.metOn <= input.asOf) return { state: 'met', elapsedShare };
  if (input.asOf > input.dueDate) return { state: input.nature === 'expiry' ? (input.flagWhenEnded === true ? 'ended' : 'met') : 'overdue', elapsedShare };
  return { state: deadlineUrgency(progress), elapsedShare };
}

export function buildDeadline(input: DeadlineInput): Deadline {
  const nature = input.nature ?? 'action';
  // An expiry that has passed is met on the day after its last day.
  const { state, elapsedShare } = deadlineState({
    startDate: input.startDate,
    dueDate: input.dueDate,
    metOn: input.metOn,
    nature,
    ...(input.flagWhenEnded === undefined ? {} : { flagWhenEnded: input.flagWhenEnded }),
    asOf: input.asOf,
  });
  return {
    id: `${input.kind}:${input.record.id}`,
    kind: input.kind,
    record: input.record,
    labelKey: `deadlines.${input.kind}`,
    label: input.label,
    startDate: input.startDate,
    dueDate: input.dueDate,
    counting: input.period ? dayCountingOf(input.period) : 'calendar',
    period: input.period,
    legalBasis: input.legalBasis,
    verified: input.verified,
    state,
    metOn: input.metOn,
    nature,
    blocking: input.blocking ?? true,
    elapsedShare,
    daysRemaining: daysBetween(input.asOf, input.dueDate),
    ...(input.consequence ? { consequence: { messageKey: input.consequence, text: explain(input.consequence).text } } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
}
