import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../renderer/src/features/cases/calendarDays';
import { deadlineStatus } from '../../../renderer/src/features/cases/deadlineStatus';

describe('deadline colouring in the case list', () => {
  const today = '2026-11-23';

  it('has no colour without a deadline', () => {
    expect(deadlineStatus(undefined, today, 7)).toBe('none');
  });

  it('is overdue from the day after the due date', () => {
    expect(deadlineStatus('2026-11-22', today, 7)).toBe('overdue');
    expect(deadlineStatus('2025-01-01', today, 7)).toBe('overdue');
  });

  it('is due soon from the due date back to the settings\' number of days', () => {
    expect(deadlineStatus(today, today, 7)).toBe('dueSoon');
    expect(deadlineStatus('2026-11-30', today, 7)).toBe('dueSoon');
    expect(deadlineStatus('2026-11-25', today, 1)).toBe('running');
  });

  it('is running beyond that', () => {
    expect(deadlineStatus('2026-12-01', today, 7)).toBe('running');
  });

  it('counts calendar days across a daylight-saving change and a year end', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
  });
});
