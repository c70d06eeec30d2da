import { describe, expect, it } from 'vitest';
import { dueSoonPolicy } from '../../../shared/reference';
import { deadlineProgress, deadlineUrgency, nextDeadlineDate } from '../../../shared/rules/deadlines';
import { toCaseRow } from '../../../renderer/src/db/caseRow';
import { runningDeadlines } from '../../../renderer/src/features/case-file/deadlineRows';
import { toCaseListRow } from '../../../renderer/src/features/cases/caseListRow';
import { buildCaseFile, buildOrderToLeave } from '../arbitraries/caseFileBuilder';

describe('a case list row', () => {
  // 30 days to leave from 2 November 2026: due 2 December.
  const caseFile = buildCaseFile({ decisions: [buildOrderToLeave({ departureDays: 30, notifiedOn: '2026-11-02' })] });
  const row = toCaseListRow(toCaseRow(caseFile, (stored) => nextDeadlineDate(stored, '2026-11-10')));

  it('names the person as every screen does, and knows when its next deadline began', () => {
    expect(row.name).toMatch(/^[\p{Lu} -]+ \p{Lu}\p{Ll}/u);
    expect(row.name).not.toContain(',');
    expect(row).toMatchObject({ nextDeadline: '2026-12-02', nextDeadlineStart: '2026-11-02', nextDeadlineAfterDue: 'ended' });
  });

  it.each(['2026-11-20', '2026-11-24', '2026-11-25', '2026-12-02', '2026-12-03'])('is due soon on %s exactly when the case file says so', (today) => {
    // As CaseCell words it: by the policy until the date, then what the rules make of it (a departure period "ended").
    const urgency = deadlineUrgency(deadlineProgress({ startDate: row.nextDeadlineStart, dueDate: row.nextDeadline ?? '' }, today), dueSoonPolicy);
    const inList = urgency === 'overdue' ? row.nextDeadlineAfterDue : urgency;
    const inCaseFile = runningDeadlines(caseFile, today, dueSoonPolicy).find((deadline) => deadline.kind === 'voluntary_departure')?.state;
    expect(inList).toBe(inCaseFile);
  });
});

describe('a long period in the list', () => {
  it('is due soon once 75 % has elapsed, weeks before the last seven days, as in the case file', () => {
    // 60 days from 2 November 2026: due 1 January 2027; 75 % on 17 December, 15 days before.
    const caseFile = buildCaseFile({ decisions: [buildOrderToLeave({ departureDays: 60, notifiedOn: '2026-11-02' })] });
    const row = toCaseListRow(toCaseRow(caseFile, (stored) => nextDeadlineDate(stored, '2026-11-10')));
    const inList = (today: string) => deadlineUrgency(deadlineProgress({ startDate: row.nextDeadlineStart, dueDate: row.nextDeadline ?? '' }, today));
    expect(inList('2026-12-16')).toBe('running');
    expect(inList('2026-12-17')).toBe('due_soon');
    expect(runningDeadlines(caseFile, '2026-12-17', dueSoonPolicy)[0]?.state).toBe('due_soon');
  });
});
