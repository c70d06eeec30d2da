import type { CaseFile } from '../../../../shared/model';
import { caseDeadlines, type Deadline } from '../../../../shared/rules';

/** Every timer still running on the case (met ones are history), most urgent first. */
export function runningDeadlines(caseFile: CaseFile, today: string): Deadline[] {
  return caseDeadlines(caseFile, today)
    .filter((deadline) => deadline.state !== 'met')
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
  }
}
