import type { TFunction } from 'i18next';
import type { Assignee } from '../../store/useAssigneeDirectory';
import type { CaseListColumnId } from './caseListColumns';
import type { CaseListRow, DeadlineAfterDue } from './caseListRow';
import { DeadlineBadge } from './DeadlineBadge';
import { deadlineProgress, deadlineUrgency, type DeadlineUrgency } from '../../../../shared/rules/deadlines';
import type { DueSoonPolicy } from '../../../../shared/reference';
import type { Formats } from '../../ui/format/formats';

export interface CaseCellContext {
  t: TFunction;
  formats: Formats;
  assignees: Map<string, Assignee>;
  today: string;
  /** The office's due-soon policy (settings' days), the same the case file applies. */
  dueSoon: DueSoonPolicy;
}

/**
 * One cell of the case list, formatted for the user's language. Plain elements, and the
 * translator passed in rather than a hook per cell: hundreds of cells are drawn per scroll.
 */
export function CaseCell({ column, row, context }: { column: CaseListColumnId; row: CaseListRow; context: CaseCellContext }) {
  const { t, formats } = context;
  switch (column) {
    case 'reference':
      return <span className="case-cell-reference">{row.reference}</span>;
    case 'name':
      return (
        <>
          {row.name}
          {row.aliasCount > 0 && <span className="case-cell-note">{` ${t('cases.aliases', { count: row.aliasCount })}`}</span>}
          {row.match && (
            <span className="case-cell-note case-cell-match" data-testid="case-match" data-match={row.match}>
              {` · ${t(`cases.search.match.${row.match}`)}`}
            </span>
          )}
        </>
      );
    case 'nationality':
      return <>{row.nationality ? formats.country(row.nationality) : t('cases.unknownNationality')}</>;
    case 'stage':
      return <>{t(`caseFile.stages.${row.stage}`)}</>;
    case 'route':
      return <>{t(`cases.routes.${row.route}`)}</>;
    case 'assignee':
      if (!row.assignee) return <>{t('cases.unassigned')}</>;
      // An id the directory does not know (an account removed, or not yet read): a word, the id only as the tooltip for support.
      return <>{context.assignees.get(row.assignee)?.displayName ?? <span title={row.assignee}>{t('cases.unknownAssignee')}</span>}</>;
    case 'nextDeadline':
      return row.nextDeadline ? <DeadlineBadge state={listDeadlineState(row, row.nextDeadline, context)} label={formats.date(row.nextDeadline)} t={t} /> : null;
    case 'updatedAt':
      return <>{formats.day(row.updatedAt)}</>;
  }
}

/** The next deadline's state on the list's day: by the office's due-soon policy until its date, then as the rules say (overdue, or a period that ended). */
function listDeadlineState(row: CaseListRow, dueDate: string, context: CaseCellContext): DeadlineUrgency | DeadlineAfterDue {
  const urgency = deadlineUrgency(deadlineProgress({ startDate: row.nextDeadlineStart, dueDate }, context.today), context.dueSoon);
  return urgency === 'overdue' ? (row.nextDeadlineAfterDue ?? 'overdue') : urgency;
}
