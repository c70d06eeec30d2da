import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assignee } from './useAssigneeDirectory';
import type { CaseListColumnId } from './caseListColumns';
import type { CaseListRow } from './caseListRow';
import { DeadlineBadge } from './DeadlineBadge';
import { deadlineStatus } from './deadlineStatus';
import type { ListFormats } from './useListFormats';

export interface CaseCellContext {
  formats: ListFormats;
  assignees: Map<string, Assignee>;
  today: string;
  dueSoonDays: number;
}

/** One cell of the case list, formatted for the user's language. */
export function CaseCell({ column, row, context }: { column: CaseListColumnId; row: CaseListRow; context: CaseCellContext }) {
  const { t } = useTranslation();
  switch (column) {
    case 'reference':
      return <Text size="sm" ff="monospace">{row.reference}</Text>;
    case 'name':
      return (
        <Text size="sm" truncate>
          {row.name}
          {row.aliasCount > 0 && <Text span size="xs" c="dimmed">{` ${t('cases.aliases', { count: row.aliasCount })}`}</Text>}
        </Text>
      );
    case 'nationality':
      return <Text size="sm" truncate>{row.nationality ? context.formats.country(row.nationality) : t('cases.unknownNationality')}</Text>;
    case 'stage':
      return <Text size="sm" truncate>{t(`caseFile.stages.${row.stage}`)}</Text>;
    case 'route':
      return <Text size="sm" truncate>{t(`cases.routes.${row.route}`)}</Text>;
    case 'assignee':
      return <Text size="sm" truncate>{row.assignee ? (context.assignees.get(row.assignee)?.displayName ?? row.assignee) : t('cases.unassigned')}</Text>;
    case 'nextDeadline':
      return row.nextDeadline ? <DeadlineBadge status={deadlineStatus(row.nextDeadline, context.today, context.dueSoonDays)} label={context.formats.date(row.nextDeadline)} /> : null;
    case 'updatedAt':
      return <Text size="sm">{context.formats.day(row.updatedAt)}</Text>;
  }
}
