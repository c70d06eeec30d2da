import { explain, type Explanation } from '../explanations';
import type { CaseFile, IsoDate } from '../model';
import { caseDeadlines, type Deadline, type DeadlineKind } from '../rules';

/**
 * What an action's dialog warns about before the caseworker confirms (issue 12: warnings
 * where the law or practice expects them). A warning refuses nothing: it names the fact the
 * caseworker should look at, with the rule behind it, and lists the deadlines it is about.
 */
export interface ActionWarning {
  id: string;
  message: Explanation;
  legalBasis: string;
  /** The deadlines the warning is about (the dialog names each with its due date). */
  deadlines?: readonly Pick<Deadline, 'id' | 'labelKey' | 'label' | 'dueDate'>[];
}

/**
 * Return detention prepares a removal (Directive 2008/115/EC Art. 15(1)); while a prison
 * sentence is served the person is held under the criminal title, and the administrative
 * detention follows the release (Aliens Act Art. 7, third paragraph: detention "with a view
 * to removal" of a person leaving prison).
 */
const detentionBasis = 'Directive 2008/115/EC Art. 15(1); Aliens Act Art. 7, third paragraph';
const closureBasis = 'Office procedure of the Immigration Office (internal rule, not a statute)';

function detentionWarnings(caseFile: CaseFile, today: IsoDate, input: Readonly<Record<string, unknown>>): ActionWarning[] {
  // Only return detention: asylum and Dublin detention have grounds of their own.
  if (input.detentionType !== undefined && input.detentionType !== 'return') return [];
  const custody = caseFile.custody;
  if (custody === undefined || custody.releasedOn !== undefined) return [];
  if (custody.expectedEnd === undefined)
    return [{ id: 'detention_during_sentence', message: explain('warning.detention_during_sentence_end_unknown'), legalBasis: detentionBasis }];
  return custody.expectedEnd > today
    ? [{ id: 'detention_during_sentence', message: explain('warning.detention_during_sentence', { date: custody.expectedEnd }), legalBasis: detentionBasis }]
    : [];
}

/** Periods that follow a return and run on after the case is closed: closing does not leave them unanswered. */
const afterClosure: readonly DeadlineKind[] = ['entry_ban_end', 'reintegration_end'];

/** Deadlines still open: running, due soon or overdue (the departure period too: the person has not left yet). */
function openDeadlines(caseFile: CaseFile, today: IsoDate): Deadline[] {
  return caseDeadlines(caseFile, today).filter(
    (deadline) => !afterClosure.includes(deadline.kind) && (deadline.state === 'running' || deadline.state === 'due_soon' || deadline.state === 'overdue'),
  );
}

function closureWarnings(caseFile: CaseFile, today: IsoDate): ActionWarning[] {
  const open = openDeadlines(caseFile, today);
  if (open.length === 0) return [];
  return [
    {
      id: 'close_with_open_deadlines',
      message: explain('warning.close_with_open_deadlines', { count: open.length }),
      legalBasis: closureBasis,
      deadlines: open.map(({ id, labelKey, label, dueDate }) => ({ id, labelKey, label, dueDate })),
    },
  ];
}

/** The warnings of an action on this case, given what the dialog holds so far. */
export function actionWarnings(actionId: string, caseFile: CaseFile, today: IsoDate, input: Readonly<Record<string, unknown>> = {}): ActionWarning[] {
  switch (actionId) {
    case 'detain':
      return detentionWarnings(caseFile, today, input);
    case 'closeCase':
    case 'closeAsRemoved':
      return closureWarnings(caseFile, today);
    default:
      return [];
  }
}
