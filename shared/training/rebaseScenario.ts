import { CaseFileExportSchema, type CaseFileExport } from '../model';
import { addCalendarDays, brusselsDate, daysBetween } from '../rules/deadlines/calendarArithmetic';
import type { CalendarDate } from '../reference';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(T.+)$/;

/**
 * The day a scenario's story is written for: the day (in Brussels) of its `exportedAt`.
 * Every date in the file is meant relative to it ("the request was received 3 days ago").
 */
export function scenarioToday(scenario: Pick<CaseFileExport, 'exportedAt'>): CalendarDate {
  return brusselsDate(scenario.exportedAt);
}

function shiftValue(value: unknown, days: number): unknown {
  if (typeof value === 'string') {
    if (CALENDAR_DATE.test(value)) return addCalendarDays(value, days);
    const timestamp = TIMESTAMP.exec(value);
    // The date part moves, the time of day and offset stay: the instant stays on the same local day.
    if (timestamp?.[1] && timestamp[2]) return `${addCalendarDays(timestamp[1], days)}${timestamp[2]}`;
    return value;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => shiftValue(item, days));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftValue(item, days)]));
  }
  return value;
}

/**
 * Moves every date of the scenario by the same number of days so that its "today"
 * (`scenarioToday`) becomes `today`: a request received 3 days before the scenario's today
 * is received 3 days before the trainer's today, and every deadline keeps its distance.
 * Whole strings that are calendar dates (`YYYY-MM-DD`) or timestamps are moved; free text is
 * not (scenario texts therefore never write dates). Dates of birth move too, so ages stay.
 * Periods counted in months can end a day earlier or later after a shift across months of
 * different length; the scenarios keep a margin of several days around every threshold they teach.
 */
export function rebaseScenario(scenario: CaseFileExport, today: CalendarDate): CaseFileExport {
  const days = daysBetween(scenarioToday(scenario), today);
  if (days === 0) return scenario;
  // Parsed again: the shifted file is typed and still valid by construction of the schema, not by a cast.
  return CaseFileExportSchema.parse(shiftValue(scenario, days));
}
