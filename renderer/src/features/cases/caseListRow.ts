import { addCalendarDays, caseDeadlines, type DeadlineState } from '../../../../shared/rules/deadlines';
import type { CaseRow } from '../../db/caseRow';
import type { CaseMatchKind } from '../../db/caseSearch';
import { personDisplayName } from '../../ui/format/personName';

/** One line of the case list: only what the columns show, read from a stored case row. */
export interface CaseListRow {
  id: string;
  reference: string;
  name: string;
  aliasCount: number;
  nationality: string;
  stage: CaseRow['stage'];
  route: CaseRow['route'];
  assignee: string;
  nextDeadline?: string;
  /** When the period of the next deadline began: the due-soon policy counts the share elapsed. */
  nextDeadlineStart?: string;
  /** What the next deadline becomes once its date has passed (shared rules): overdue, or a period that ended or was met. */
  nextDeadlineAfterDue?: DeadlineAfterDue;
  updatedAt: string;
  /** In a search result: why the case matched (exact name, sounds alike, part of a reference…). */
  match?: CaseMatchKind;
}

export function toCaseListRow(row: CaseRow, match?: CaseMatchKind): CaseListRow {
  const identities = row.caseFile.identities;
  const primary = identities.find((identity) => identity.primary) ?? identities[0];
  const listRow: CaseListRow = {
    id: row.id,
    reference: row.caseFile.reference,
    name: primary ? personDisplayName(primary) : '',
    aliasCount: Math.max(identities.length - 1, 0),
    nationality: row.nationality,
    stage: row.stage,
    route: row.route,
    assignee: row.assignee,
    updatedAt: row.caseFile.updatedAt,
  };
  if (match) listRow.match = match;
  if (row.nextDeadline) {
    listRow.nextDeadline = row.nextDeadline;
    const next = nextDeadlineOf(row);
    if (next) {
      listRow.nextDeadlineStart = next.startDate;
      listRow.nextDeadlineAfterDue = next.afterDue;
    }
  }
  return listRow;
}

export type DeadlineAfterDue = Extract<DeadlineState, 'overdue' | 'ended' | 'met'>;

/**
 * The start of the deadline the `nextDeadline` index points at (the index holds its due
 * date only), and its state the day after that date, as the case file words it. About
 * 70 µs a case, paid once per row read, not per scroll frame.
 */
function nextDeadlineOf(row: CaseRow): { startDate: string; afterDue: DeadlineAfterDue } | undefined {
  const due = row.nextDeadline;
  if (!due) return undefined;
  const candidates = caseDeadlines(row.caseFile, addCalendarDays(due, 1)).filter((deadline) => deadline.dueDate === due);
  const deadline = candidates.find((candidate) => candidate.blocking) ?? candidates[0];
  if (!deadline) return undefined;
  const afterDue: DeadlineAfterDue = deadline.state === 'ended' || deadline.state === 'met' ? deadline.state : 'overdue';
  return { startDate: deadline.startDate, afterDue };
}
