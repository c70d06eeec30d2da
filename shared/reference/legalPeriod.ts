import { z } from 'zod';

/**
 * How a period is counted. Working days exclude Saturdays, Sundays and Belgian public
 * holidays (see belgianPublicHolidays.ts); every other unit runs on the calendar.
 */
export const PeriodUnitSchema = z.enum(['calendar_days', 'working_days', 'weeks', 'months', 'years']);
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

/**
 * A legal number with its source. `verified` is true only where domain.md §0 or a primary
 * text confirms the value; unverified values are kept so that a jurist can correct them
 * here without touching a rule.
 */
export const LegalPeriodSchema = z.object({
  amount: z.int().min(0),
  unit: PeriodUnitSchema,
  /** Citation a caseworker can look up, e.g. "EC–Albania readmission agreement Art. 10". */
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  /** Why the value is what it is, or what remains to confirm. */
  note: z.string().min(1).optional(),
});
export type LegalPeriod = z.infer<typeof LegalPeriodSchema>;

/** A yes/no legal rule (e.g. "silence means acceptance") with its source. */
export const LegalFlagSchema = z.object({
  value: z.boolean(),
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  note: z.string().min(1).optional(),
});
export type LegalFlag = z.infer<typeof LegalFlagSchema>;

/** Whether a period counts calendar or working days, as shown next to every deadline. */
export type DayCounting = 'calendar' | 'working';

export function dayCountingOf(period: LegalPeriod): DayCounting {
  return period.unit === 'working_days' ? 'working' : 'calendar';
}
