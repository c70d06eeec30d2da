import type { CaseFile } from '../../../../shared/model';
import type { DueSoonPolicy } from '../../../../shared/reference';
import { caseDeadlines, type Deadline } from '../../../../shared/rules';
import { underPolicy } from '../../../../shared/rules/deadlines';

/** Every timer still running on the case (met ones are history), most urgent first, due soon by the office's policy (the list's too). */
export function runningDeadlines(caseFile: CaseFile, today: string, dueSoon: DueSoonPolicy): Deadline[] {
  return caseDeadlines(caseFile, today)
    .filter((deadline) => deadline.state !== 'met')
    .map((deadline) => underPolicy(deadline, dueSoon))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

/** The colour a state is shown in; the state is always written too (never colour alone). */
export function deadlineStateColour(state: Deadline['state']): string {
  switch (state) {
    case 'overdue':
      return 'red';
    case 'due_soon':
      return 'orange';
    case 'running':
      return 'blue';
    case 'met':
      return 'green';
    case 'ended':
      // A period the person let run out (no voluntary departure): flagged, but nothing is late.
      return 'grape';
  }
}
