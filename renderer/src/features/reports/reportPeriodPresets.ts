import type { ReportPeriod } from '../../../../shared/reports';
import { addCalendarDays } from '../../../../shared/rules/deadlines';

export type PeriodPreset = 'thisMonth' | 'lastThreeMonths' | 'thisYear';

export const periodPresets: readonly PeriodPreset[] = ['thisMonth', 'lastThreeMonths', 'thisYear'];

/**
 * The period a preset names, ending today at the office (YYYY-MM-DD): this month from its
 * first day, the last three months from the first day of the month two months back, this
 * year from 1 January.
 */
export function presetPeriod(preset: PeriodPreset, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastThreeMonths': {
      const startMonth = month - 2;
      const startYear = startMonth < 1 ? year - 1 : year;
      const normalised = startMonth < 1 ? startMonth + 12 : startMonth;
      return { from: `${String(startYear).padStart(4, '0')}-${String(normalised).padStart(2, '0')}-01`, to: today };
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The preset a period is, if any (the picker shows it as chosen). */
export function presetOf(period: ReportPeriod, today: string): PeriodPreset | undefined {
  return periodPresets.find((preset) => {
    const candidate = presetPeriod(preset, today);
    return candidate.from === period.from && candidate.to === period.to;
  });
}

/** A period is usable when both ends are calendar dates and it does not end before it starts. */
export function validPeriod(from: string, to: string): ReportPeriod | undefined {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(from) || !date.test(to) || from > to) return undefined;
  // A date such as 2026-02-30 is not a calendar date: adding zero days normalises it.
  if (addCalendarDays(from, 0) !== from || addCalendarDays(to, 0) !== to) return undefined;
  return { from, to };
}
