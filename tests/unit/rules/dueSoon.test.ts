import { describe, expect, it } from 'vitest';
import { dueSoonPolicy } from '../../../shared/reference';
import { deadlineProgress, deadlineState, deadlineUrgency, dueSoonPolicyWithin, isDueSoon, underPolicy } from '../../../shared/rules/deadlines';

describe('the one due-soon policy (shared/reference/deadlinePolicy.ts)', () => {
  it('is 75 % elapsed or 7 days left, whichever comes first', () => {
    expect(dueSoonPolicy).toEqual({ elapsedShare: 0.75, withinDays: 7 });
    // A 3-month period (91 days): 75 % elapsed comes first (70 of 91 days, 21 left).
    expect(deadlineUrgency(deadlineProgress({ startDate: '2026-09-01', dueDate: '2026-12-01' }, '2026-11-10'))).toBe('due_soon');
    expect(deadlineUrgency(deadlineProgress({ startDate: '2026-09-01', dueDate: '2026-12-01' }, '2026-11-01'))).toBe('running');
    // A 10-day period: 7 days left comes first (30 % elapsed).
    expect(deadlineUrgency(deadlineProgress({ startDate: '2026-11-20', dueDate: '2026-11-30' }, '2026-11-23'))).toBe('due_soon');
    expect(deadlineUrgency(deadlineProgress({ startDate: '2026-11-20', dueDate: '2026-11-30' }, '2026-11-22'))).toBe('running');
  });

  it('is due soon on the due date itself, overdue the day after', () => {
    expect(deadlineUrgency(deadlineProgress({ dueDate: '2026-11-30' }, '2026-11-30'))).toBe('due_soon');
    expect(deadlineUrgency(deadlineProgress({ dueDate: '2026-11-30' }, '2026-12-01'))).toBe('overdue');
  });

  it('knows only the days left when the start is unknown', () => {
    expect(deadlineUrgency(deadlineProgress({ dueDate: '2026-12-31' }, '2026-11-23'))).toBe('running');
    expect(deadlineUrgency(deadlineProgress({ dueDate: '2026-11-30' }, '2026-11-23'))).toBe('due_soon');
  });

  it("takes the office's own number of days from the settings", () => {
    const progress = deadlineProgress({ startDate: '2026-10-01', dueDate: '2026-12-31' }, '2026-12-01'); // 67 %, 30 days left
    expect(isDueSoon(progress)).toBe(false);
    expect(isDueSoon(progress, dueSoonPolicyWithin(30))).toBe(true);
    expect(dueSoonPolicyWithin(undefined)).toBe(dueSoonPolicy);
  });

  it("is the rule the case file's deadlines use, and a settings policy re-derives only running states", () => {
    const base = { startDate: '2026-10-01', dueDate: '2026-12-31', metOn: null, nature: 'action' as const };
    expect(deadlineState({ ...base, asOf: '2026-12-24' }).state).toBe('due_soon');
    expect(deadlineState({ ...base, asOf: '2026-12-01' }).state).toBe('running');
    const running = { state: 'running' as const, elapsedShare: 0.69, daysRemaining: 21 };
    expect(underPolicy(running, dueSoonPolicyWithin(30)).state).toBe('due_soon');
    expect(underPolicy({ ...running, state: 'met' as const }, dueSoonPolicyWithin(30)).state).toBe('met');
  });
});
