import { caseDeadlines } from '../../../../shared/rules/deadlines';
import type { CaseRow } from '../../db/caseRow';
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
  updatedAt: string;
}

export function toCaseListRow(row: CaseRow): CaseListRow {
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
  if (row.nextDeadline) {
    listRow.nextDeadline = row.nextDeadline;
    const start = nextDeadlineStart(row);
    if (start) listRow.nextDeadlineStart = start;
  }
  return listRow;
}

/**
 * The start of the deadline the `nextDeadline` index points at (the index holds its due
 * date only). About 70 µs a case, paid once per row read, not per scroll frame.
 */
function nextDeadlineStart(row: CaseRow): string | undefined {
  const due = row.nextDeadline;
  if (!due) return undefined;
  const candidates = caseDeadlines(row.caseFile, due).filter((deadline) => deadline.dueDate === due);
  return (candidates.find((deadline) => deadline.blocking) ?? candidates[0])?.startDate;
}
